import type { BlogKind } from './blog';

/** What the reader is told a blog is. */
export const kindNames: Record<BlogKind, string> = {
  'content-api': 'a Paperboy blog',
  wordpress: 'a WordPress site',
  'json-feed': 'a JSON Feed',
  rss: 'an RSS feed',
  atom: 'an Atom feed',
};
