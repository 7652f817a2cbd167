import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { ContentSource } from './types';

/** The content API v1 served as static JSON files: every reference is a URL to GET. */
export function createStaticSource(
  entryUrl: string,
  options: HttpOptions = defaultHttpOptions,
): ContentSource {
  return {
    site: (signal) => fetchJson(entryUrl, options, signal),
    sectionPage: (href, signal) => fetchJson(href, options, signal),
    article: (href, signal) => fetchJson(href, options, signal),
  };
}
