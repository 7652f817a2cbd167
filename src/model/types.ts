/** The app's trusted shapes: what the model hands on after validation, with every URL absolute. */

export interface Site {
  url: string;
  title: string;
  description: string;
  language: string;
  updated?: string;
  /** URL template with one `{slug}` placeholder, relative to `url` (see articleUrl). */
  articleTemplate: string;
  sections: Section[];
}

export interface Section {
  slug: string;
  title: string;
  description: string;
  href: string;
}

export interface Author {
  name: string;
  url?: string;
}

export interface Picture {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  section: string;
  href: string;
  published: string;
  updated?: string;
  author: Author;
  excerpt: string;
  image?: Picture;
  tags: string[];
  minutes?: number;
  /** The article's own page on the blog, where the source gives one. */
  link?: string;
}

export interface Article extends ArticleSummary {
  /** Untrusted HTML: only ever shown through the sanitizer. */
  html: string;
  related: ArticleSummary[];
  minutes: number;
  /** Behind a password on the blog: no body here, only a way to the blog's own page. */
  locked?: boolean;
}

export interface SectionPage {
  url: string;
  section: string;
  page: number;
  pages: number;
  next?: string;
  articles: ArticleSummary[];
  /** The page's articles whole, where the blog sends bodies with its lists. */
  full?: Article[];
  /** Entries refused one by one (the rest of the page stands). */
  skipped: number;
}

export type ArticleRecordLike = ArticleSummary & { html?: string | undefined };
