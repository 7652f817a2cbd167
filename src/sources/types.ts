/** A document as it came off the wire: parsed JSON, not yet trusted. */
export interface RawDocument {
  /** The final URL, after redirects; relative hrefs inside the document resolve against it. */
  url: string;
  body: unknown;
  /** The response headers a source asked to keep, by lower-case name. */
  headers?: Record<string, string>;
}

/** Hrefs passed in are ones its own documents gave, so other formats can use their own. */
export interface ContentSource {
  site(signal?: AbortSignal): Promise<RawDocument>;
  sectionPage(href: string, signal?: AbortSignal): Promise<RawDocument>;
  article(href: string, signal?: AbortSignal): Promise<RawDocument>;
}
