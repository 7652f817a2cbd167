import type { Article, SectionPage, Site } from './types';

/** The formats Paperboy reads; only the model knows which one a blog uses. */
export const blogKinds = ['content-api', 'wordpress', 'json-feed', 'rss', 'atom'] as const;

export type BlogKind = (typeof blogKinds)[number];

/** The blog to read, as the app keeps it: what it is and the address its documents start from. */
export interface BlogChoice {
  kind: BlogKind;
  /** The site document, the REST root or the feed. */
  url: string;
  /** The IndexedDB database that holds this blog, so that two blogs never share a list. */
  database: string;
}

/** A choice kept by an older version, or damaged, is not one. */
export function isBlogChoice(value: unknown): value is BlogChoice {
  const choice = value as Partial<BlogChoice> | null;
  return (
    typeof choice?.url === 'string' &&
    typeof choice.database === 'string' &&
    blogKinds.some((kind) => kind === choice.kind)
  );
}

/**
 * Whether a first visit may ask for the first view's documents before the writer loads: it
 * reads them raw, which only the content API's linked documents allow.
 */
export const asksEarly = (choice: BlogChoice): boolean => choice.kind === 'content-api';

/** What a page is asked for: a source that lists by query checks nothing else. */
export interface PageWanted {
  section: string;
  page: number;
}

/**
 * One blog, read through its format: every answer is validated, with every URL absolute.
 * Hrefs passed in are ones the blog's own documents gave.
 */
export interface Blog {
  site(signal?: AbortSignal): Promise<Site>;
  sectionPage(href: string, wanted: PageWanted, signal?: AbortSignal): Promise<SectionPage>;
  article(href: string, slug: string, signal?: AbortSignal): Promise<Article>;
}
