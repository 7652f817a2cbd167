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

/**
 * The stores each read looks at: its live query re-reads after a write to one of them, not
 * after writes elsewhere (tests hold each read to its list). The storage report has none:
 * it also shows the browser's usage, which any write moves.
 */
export const readsFrom = {
  readSite: ['site'],
  readFrontPage: ['sections', 'articles'],
  readSectionList: ['pages', 'articles'],
  readArticle: ['articles'],
  readArticles: ['articles'],
  readSavedSlugs: ['saved'],
  readSavedArticles: ['saved', 'articles'],
  readRecentlyRead: ['articles'],
  readArticleBudget: ['meta'],
  readDownloads: ['downloads'],
  readDownload: ['downloads'],
} as const satisfies Record<string, readonly StoreName[]>;

/**
 * The data layer's face to the rest of the app. `read*` are queries over the store (run
 * them in a Live); they are raw IndexedDB reads, so the first view paints without Dexie.
 * Everything else goes through the writer, which loads on first use: `sync*` fill the
 * store from the source and never touch what is stored when they fail.
 */
export function createRepository(ctx: ReadContext, writer: () => Promise<Writer>) {
  return {
    readsFrom,
    readSite: () => readSite(ctx),
    readFrontPage: (perSection: number) => readFrontPage(ctx, perSection),
    readSectionList: (section: string, pages: number) => readSectionList(ctx, section, pages),
    readArticle: (slug: string) => readArticle(ctx, slug),
    readArticles: (slugs: string[]) => readArticles(ctx, slugs),
    readSavedSlugs: () => readSavedSlugs(ctx),
    readSavedArticles: () => readSavedArticles(ctx),
    readRecentlyRead: (limit: number) => readRecentlyRead(ctx, limit),
    readStorageReport: () => readStorageReport(ctx),
    readArticleBudget: () => readArticleBudget(ctx),
    readDownloads: () => readDownloads(ctx),
    readDownload: (section: string) => readDownload(ctx, section),
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
