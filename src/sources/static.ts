import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { ContentSource } from './types';

/** The content API v1 served as static JSON files: every reference is a URL to GET. */
export function createStaticSource(
  entryUrl: string,
  options: HttpOptions = defaultHttpOptions,
): ContentSource {
  const get = (url: string, signal?: AbortSignal) => fetchJson(url, options, signal);
  return {
    site: (signal) => get(entryUrl, signal),
    sectionPage: get,
    article: get,
  };
}
