import { defaultHttpOptions, type HttpOptions } from '../sources/http';
import type { Blog, BlogChoice } from './blog';
import { createStaticSource } from '../sources/static';
import { contentApiBlog } from './content-api';

/** The chosen blog's reader; the other formats' code is never loaded. */
export function openBlog(choice: BlogChoice, overrides: Partial<HttpOptions> = {}): Blog {
  const http = { ...defaultHttpOptions, ...overrides };
  switch (choice.kind) {
    case 'content-api':
      return contentApiBlog(createStaticSource(choice.url, http));
    case 'wordpress':
      return later(
        import('./wordpress/blog').then((format) => format.wordpressBlog(choice.url, http)),
      );
    case 'json-feed':
      return later(
        import('./feeds/json-feed').then((format) => format.jsonFeedBlog(choice.url, http)),
      );
    case 'rss':
    case 'atom':
      return later(
        import('./feeds/xml-feed').then((format) => format.xmlFeedBlog(choice.url, http)),
      );
  }
}

/** A blog whose code is still loading: each call waits for it. */
function later(loading: Promise<Blog>): Blog {
  return {
    site: async (signal) => (await loading).site(signal),
    sectionPage: async (href, wanted, signal) => (await loading).sectionPage(href, wanted, signal),
    article: async (href, slug, signal) => (await loading).article(href, slug, signal),
  };
}
