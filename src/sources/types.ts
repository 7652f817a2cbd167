/** A document as it came off the wire: parsed JSON, not yet trusted. */
export interface RawDocument {
  /** The final URL the document was read from; relative hrefs inside it resolve against it. */
  url: string;
  body: unknown;
}

/**
 * Where a blog's documents come from. Hrefs passed back in are the ones the source's own
 * documents produced (already resolved to absolute URLs by the model), so a source for
 * another format (WordPress REST, JSON Feed) can use whatever references suit it.
 */
export interface ContentSource {
  site(signal?: AbortSignal): Promise<RawDocument>;
  sectionPage(href: string, signal?: AbortSignal): Promise<RawDocument>;
  article(href: string, signal?: AbortSignal): Promise<RawDocument>;
}
