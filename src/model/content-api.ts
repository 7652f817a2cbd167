import type { ContentSource } from '../sources/types';
import { parseArticle } from './article';
import type { Blog } from './blog';
import { parseSectionPage } from './section';
import { parseSite } from './site';

/** The content API v1: static JSON documents that link to each other. */
export function contentApiBlog(source: ContentSource): Blog {
  return {
    site: async (signal) => parseSite(await source.site(signal)),
    sectionPage: async (href, _wanted, signal) =>
      parseSectionPage(await source.sectionPage(href, signal)),
    article: async (href, _slug, signal) => parseArticle(await source.article(href, signal)),
  };
}
