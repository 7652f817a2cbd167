import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { RawDocument } from './types';

/** What WordPress says about a list: how many items, over how many pages. */
const pagingHeaders = ['X-WP-Total', 'X-WP-TotalPages'] as const;

export type Query = Record<string, string | number>;

/** A WordPress site's public REST API, anonymous and read-only, in either of its URL forms. */
export interface WordPressApi {
  /** The REST root: `…/wp-json/`, or `…/?rest_route=/` where pretty permalinks are off. */
  root: string;
  /** The URL of a route such as `wp/v2/posts`, in the root's own form. */
  url(route: string, query?: Query): string;
  get(url: string, signal?: AbortSignal): Promise<RawDocument>;
}

export function wordpressApi(root: string, http: HttpOptions = defaultHttpOptions): WordPressApi {
  const base = new URL(root);
  const plain = base.searchParams.has('rest_route');
  return {
    root: base.href,
    url(route, query = {}) {
      const url = plain ? new URL(base) : new URL(route, withSlash(base));
      if (plain) url.searchParams.set('rest_route', `/${route}`);
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
      return url.href;
    },
    get: (url, signal) => fetchJson(url, http, signal, pagingHeaders),
  };
}

function withSlash(url: URL): URL {
  const copy = new URL(url);
  if (!copy.pathname.endsWith('/')) copy.pathname += '/';
  return copy;
}
