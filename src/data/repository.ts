import { PaperboyDatabase } from '../db/db';
import type { ContentSource } from '../sources/types';
import { markRead, readArticle, syncArticle } from './articles';
import type { DataContext, SyncOptions } from './context';
import { readFrontPage, readNewestInSection, readSectionList, syncSectionPage } from './sections';
import { readSections, readSite, syncSite } from './site';

/**
 * The data layer's face to the rest of the app. `read*` are queries over the store (run
 * them in a live query); `sync*` fill the store from the source and never touch what is
 * stored when they fail.
 */
export function createRepository(ctx: DataContext) {
  return {
    readSite: () => readSite(ctx),
    readSections: () => readSections(ctx),
    readNewestInSection: (section: string, limit: number) =>
      readNewestInSection(ctx, section, limit),
    readFrontPage: (perSection: number) => readFrontPage(ctx, perSection),
    readSectionList: (section: string, pages: number) => readSectionList(ctx, section, pages),
    readArticle: (slug: string) => readArticle(ctx, slug),
    syncSite: (options?: SyncOptions) => syncSite(ctx, options),
    syncSectionPage: (section: string, page: number, options?: SyncOptions) =>
      syncSectionPage(ctx, section, page, options),
    syncArticle: (slug: string, options?: SyncOptions) => syncArticle(ctx, slug, options),
    markRead: (slug: string) => markRead(ctx, slug),
  };
}

export type Repository = ReturnType<typeof createRepository>;

export const defaultMaxAgeMs = 5 * 60 * 1000;

/** The repository the app runs on: IndexedDB through Dexie, the browser's clock and network state. */
export function createBrowserRepository(
  source: ContentSource,
  db = new PaperboyDatabase(),
): Repository {
  return createRepository({
    db,
    source,
    now: () => Date.now(),
    online: () => navigator.onLine,
    maxAgeMs: defaultMaxAgeMs,
  });
}
