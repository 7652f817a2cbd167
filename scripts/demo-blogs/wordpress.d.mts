import type { DemoServer } from './http.d.mts';

/** A category (one per section of the demo blog) or a tag, as WordPress stores the term. */
export interface DemoTerm {
  /** Categories count from 1; tags follow them (WordPress numbers all terms in one sequence). */
  id: number;
  taxonomy: 'category' | 'post_tag';
  slug: string;
  /** HTML-escaped, as WordPress saves a term name. */
  name: string;
  description: string;
  /** Published posts with this term. */
  count: number;
}

/** An author: one per distinct author name. */
export interface DemoUser {
  id: number;
  /** HTML-escaped, as WordPress saves a display name. */
  name: string;
  slug: string;
  /** The author's own website, or "". */
  url: string;
}

/** An attachment: one per distinct picture of the demo blog. */
export interface DemoMedia {
  id: number;
  slug: string;
  /** WordPress's date format, UTC: "2026-11-27T14:05:00". */
  date: string;
  alt_text: string;
  /** The post it was first used in (its parent). */
  post: number;
  mime_type: string;
  /** File name inside the uploads folder. */
  file: string;
  width: number;
  height: number;
  filesize: number;
}

/** A post: one per article, ids counting from 100 by published date. */
export interface DemoPost {
  id: number;
  /** WordPress's date format with no zone suffix; the site's zone is UTC. */
  date: string;
  date_gmt: string;
  modified: string;
  modified_gmt: string;
  slug: string;
  /** title.rendered, as wptexturize renders it. */
  title: string;
  /** content.rendered; images point at root-relative upload URLs until served. */
  content: string;
  /** excerpt.rendered: "<p>…</p>\n". */
  excerpt: string;
  author: number;
  /** 0 when none. */
  featured_media: number;
  categories: number[];
  tags: number[];
  /** The ids of its related posts, which Jetpack names where the site runs it. */
  related: number[];
}

/** An uploaded file, by its path inside wp-content/uploads/ ("2026/11/world-bridge.svg"). */
export interface DemoUpload {
  type: string;
  body: Buffer;
}

/**
 * The demo blog as WordPress would hold it. Fields that hold a URL (link, source_url, _links)
 * depend on the server's origin and permalink setting, so the server adds them.
 */
export interface DemoBlog {
  name: string;
  description: string;
  language: string;
  /** The uploads folder of every image: "2026/11". */
  folder: string;
  uploads: Map<string, DemoUpload>;
  categories: DemoTerm[];
  tags: DemoTerm[];
  users: DemoUser[];
  media: DemoMedia[];
  posts: DemoPost[];
}

export interface WordPressServerOptions {
  /** The loaded demo blog, or a content directory; default public/content. */
  content?: DemoBlog | string;
  /** The largest per_page accepted; default 100. */
  perPageMax?: number;
  /** Pretty permalinks (default true): /wp-json/ works too, not only ?rest_route=. */
  pretty?: boolean;
  /** Default true; when false no Access-Control-* header is sent at all. */
  cors?: boolean;
  /** Every REST route answers 404 rest_no_route. */
  restDisabled?: boolean;
  /** Every REST request answers 401 rest_not_logged_in. */
  login?: boolean;
  /** Every REST request is redirected (302) to /wp-login.php. */
  redirectToLogin?: boolean;
  /** Posts behind a password: their content and excerpt come out empty and protected. */
  protectedSlugs?: string[];
  /** Milliseconds to wait before each answer. */
  delayMs?: number;
  /** Jetpack's related posts: each post carries `jetpack-related-posts`. Default false. */
  jetpack?: boolean;
}

export type WordPressServer = DemoServer;

export declare function loadDemoBlog(contentDir: string): Promise<DemoBlog>;
export declare function createWordPressServer(options?: WordPressServerOptions): WordPressServer;
