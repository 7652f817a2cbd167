import type { DemoServer } from './http.d.mts';

export interface FeedServerOptions {
  /** A content API directory; default public/content. */
  content?: string;
  /** A JSON Feed 1.1 at /feed.json (20 items a page), or RSS 2.0 at /feed.xml; default json-feed. */
  format?: 'json-feed' | 'rss';
  /** Milliseconds to wait before each answer. */
  delayMs?: number;
}

export type FeedServer = DemoServer;

/** The demo blog's feed, its images and a home page naming the feed, on 127.0.0.1. */
export declare function createFeedServer(options?: FeedServerOptions): FeedServer;
