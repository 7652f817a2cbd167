import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { ContentSource, RawDocument } from './types';

/**
 * The content API v1 served as static JSON files: every reference is a URL to GET.
 * `early` is the site document already asked for (a first visit asks while the rest of the
 * app loads): the first site() answers with it, every later one asks afresh.
 */
export function createStaticSource(
  entryUrl: string,
  options: HttpOptions = defaultHttpOptions,
  early?: Promise<RawDocument | undefined>,
): ContentSource {
  let head = early;
  return {
    async site(signal) {
      const asked = head;
      head = undefined;
      return (await asked) ?? fetchJson(entryUrl, options, signal);
    },
    sectionPage: (href, signal) => fetchJson(href, options, signal),
    article: (href, signal) => fetchJson(href, options, signal),
  };
}
