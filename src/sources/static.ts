import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { ContentSource, RawDocument } from './types';

/**
 * Documents asked for before the source existed: `take` hands over the one asked for at
 * `url`, once, or nothing. It may answer from another thread (the writer's worker asks the
 * page), hence a promise of nothing as well.
 */
export interface EarlySource {
  take(url: string): Promise<RawDocument | undefined> | undefined;
}

/**
 * The content API v1 served as static JSON files: every reference is a URL to GET.
 * `early` holds documents already asked for (a first visit asks while the rest of the app
 * loads): the first request for one of them takes it, every later one asks afresh.
 */
export function createStaticSource(
  entryUrl: string,
  options: HttpOptions = defaultHttpOptions,
  early?: EarlySource,
): ContentSource {
  const get = async (url: string, signal?: AbortSignal) =>
    (await early?.take(url)) ?? fetchJson(url, options, signal);
  return {
    site: (signal) => get(entryUrl, signal),
    sectionPage: get,
    article: get,
  };
}
