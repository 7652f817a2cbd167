import { PaperboyDatabase } from '../db/db';
import type { ContentSource } from '../sources/types';
import { markRead, readArticle, readArticles, syncArticle } from './articles';
import type { DataContext, SyncOptions } from './context';
import {
  estimateDownload,
  readDownload,
  readDownloads,
  removeDownload,
  runDownload,
} from './downloads';
import { readFrontPage, readSectionList, syncSectionPage } from './sections';
import {
  readRecentlyRead,
  readSavedArticles,
  readSavedSlugs,
  saveArticle,
  unsaveArticle,
} from './saved';
import { readSite, syncSite } from './site';
import {
  clearOfflineData,
  readArticleBudget,
  readStorageReport,
  setArticleBudget,
} from './storage';
import { createBrowserImageStore, createMemoryImageStore } from '../sources/images';

/**
 * The data layer's face to the rest of the app. `read*` are queries over the store (run
 * them in a live query); `sync*` fill the store from the source and never touch what is
 * stored when they fail.
 */
export function createRepository(ctx: DataContext) {
  return {
    readSite: () => readSite(ctx),
    readFrontPage: (perSection: number) => readFrontPage(ctx, perSection),
    readSectionList: (section: string, pages: number) => readSectionList(ctx, section, pages),
    readArticle: (slug: string) => readArticle(ctx, slug),
    readArticles: (slugs: string[]) => readArticles(ctx, slugs),
    syncSite: (options?: SyncOptions) => syncSite(ctx, options),
    syncSectionPage: (section: string, page: number, options?: SyncOptions) =>
      syncSectionPage(ctx, section, page, options),
    syncArticle: (slug: string, options?: SyncOptions) => syncArticle(ctx, slug, options),
    markRead: (slug: string) => markRead(ctx, slug),
    readSavedSlugs: () => readSavedSlugs(ctx),
    readSavedArticles: () => readSavedArticles(ctx),
    readRecentlyRead: (limit: number) => readRecentlyRead(ctx, limit),
    save: (slug: string) => saveArticle(ctx, slug),
    unsave: (slug: string) => unsaveArticle(ctx, slug),
    /** Keeps an article's pictures for offline reading (through the worker's caches). */
    warmImages: (urls: string[]) => ctx.images.warm(urls),
    readStorageReport: () => readStorageReport(ctx),
    readArticleBudget: () => readArticleBudget(ctx),
    setArticleBudget: (budget: number) => setArticleBudget(ctx, budget),
    clearOfflineData: () => clearOfflineData(ctx),
    readDownloads: () => readDownloads(ctx),
    readDownload: (section: string) => readDownload(ctx, section),
    estimateDownload: (section: string) => estimateDownload(ctx, section),
    runDownload: (section: string, signal: AbortSignal) => runDownload(ctx, section, signal),
    removeDownload: (section: string) => removeDownload(ctx, section),
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
    images: typeof caches === 'undefined' ? createMemoryImageStore() : createBrowserImageStore(),
    storage: navigator.storage,
  });
}
