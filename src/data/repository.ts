import type { StoreName } from '../db/schema';
import type { DrawnPage } from '../sources/kept-pages';
import type { ReadContext, SyncOptions } from './context';
import {
  readArticle,
  readArticles,
  readRecentlyRead,
  readSavedArticles,
  readSavedSlugs,
} from './queries/articles';
import { readFrontPage, readSectionList } from './queries/sections';
import { readSite } from './queries/site';
import {
  readArticleBudget,
  readDownload,
  readDownloads,
  readStorageReport,
} from './queries/storage';
import type { Writer } from './writer';

/** A read of the store that carries the stores it looks at, for Live to follow. */
export type StoreRead<A extends unknown[], T> = ((...args: A) => Promise<T>) & {
  /** A Live re-runs it after a write to one of these; without them, after any write. */
  readonly stores?: readonly StoreName[];
};

/** `run` with its stores attached (tests hold each read to its list). */
function reading<A extends unknown[], T>(
  stores: readonly StoreName[],
  run: (...args: A) => Promise<T>,
): StoreRead<A, T> & { readonly stores: readonly StoreName[] } {
  return Object.assign(run, { stores });
}

/**
 * The data layer's face to the rest of the app. `read*` are queries over the store (run
 * them in a Live, which follows the stores each carries); they are raw IndexedDB reads, so
 * the first view paints without Dexie. The storage report names no stores: it also shows
 * the browser's usage, which any write moves. Everything else goes through the writer,
 * which loads on first use: `sync*` fill the store from the source and never touch what is
 * stored when they fail.
 */
export function createRepository(ctx: ReadContext, writer: () => Promise<Writer>) {
  return {
    readSite: reading(['site'], () => readSite(ctx)),
    readFrontPage: reading(['sections', 'articles'], (perSection: number) =>
      readFrontPage(ctx, perSection),
    ),
    readSectionList: reading(['pages', 'articles'], (section: string, pages: number) =>
      readSectionList(ctx, section, pages),
    ),
    readArticle: reading(['articles'], (slug: string) => readArticle(ctx, slug)),
    readArticles: reading(['articles'], (slugs: string[]) => readArticles(ctx, slugs)),
    readSavedSlugs: reading(['saved'], () => readSavedSlugs(ctx)),
    readSavedArticles: reading(['saved', 'articles'], () => readSavedArticles(ctx)),
    readRecentlyRead: reading(['articles'], (limit: number) => readRecentlyRead(ctx, limit)),
    readStorageReport: () => readStorageReport(ctx),
    readArticleBudget: reading(['meta'], () => readArticleBudget(ctx)),
    readDownloads: reading(['downloads'], () => readDownloads(ctx)),
    readDownload: reading(['downloads'], (section: string) => readDownload(ctx, section)),
    syncSite: async (options?: SyncOptions) => (await writer()).syncSite(options),
    syncSectionPage: async (section: string, page: number, options?: SyncOptions) =>
      (await writer()).syncSectionPage(section, page, options),
    syncArticle: async (slug: string, options?: SyncOptions) =>
      (await writer()).syncArticle(slug, options),
    markRead: async (slug: string) => (await writer()).markRead(slug),
    save: async (slug: string) => (await writer()).save(slug),
    unsave: async (slug: string) => (await writer()).unsave(slug),
    warmImages: async (urls: string[]) => (await writer()).warmImages(urls),
    keepPage: async (slug: string, page: DrawnPage) => (await writer()).keepPage(slug, page),
    setArticleBudget: async (budget: number) => (await writer()).setArticleBudget(budget),
    clearOfflineData: async () => (await writer()).clearOfflineData(),
    estimateDownload: async (section: string) => (await writer()).estimateDownload(section),
    runDownload: async (section: string, signal: AbortSignal) =>
      (await writer()).runDownload(section, signal),
    removeDownload: async (section: string) => (await writer()).removeDownload(section),
  };
}

export type Repository = ReturnType<typeof createRepository>;
