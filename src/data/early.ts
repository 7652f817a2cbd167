import { fetchJson } from '../sources/http';
import type { RawDocument } from '../sources/types';
import type { ReadContext } from './context';
import { readSite } from './queries/site';

/**
 * A first visit has nothing stored: the blog's site document is asked for at once, while
 * the writer (Dexie, the validator) loads, and handed to it (see createStaticSource). When
 * the site is stored, nothing is asked: the writer refreshes it after the first view.
 */
export function askSiteEarly(ctx: ReadContext, url: string): Promise<RawDocument | undefined> {
  const early = readSite(ctx)
    .catch(() => undefined)
    .then((site) => (site ? undefined : fetchJson(url)));
  // The writer may never come to read it; its failure must not go unhandled meanwhile.
  early.catch(() => undefined);
  return early;
}
