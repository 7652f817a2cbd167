import type { EarlyDocuments } from './early';
import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { ContentSource } from './types';

/**
 * The content API v1 served as static JSON files: every reference is a URL to GET.
 * `early` holds documents already asked for (a first visit asks while the rest of the app
 * loads): the first request for one of them takes it, every later one asks afresh.
 */
export function createStaticSource(
  entryUrl: string,
  options: HttpOptions = defaultHttpOptions,
  early?: EarlyDocuments,
): ContentSource {
  const get = (url: string, signal?: AbortSignal) =>
    early?.take(url) ?? fetchJson(url, options, signal);
  return {
    site: (signal) => get(entryUrl, signal),
    sectionPage: get,
    article: (href, signal) => fetchJson(href, options, signal),
  };
}
