import type { StoreName } from '../db/schema';
import type { DrawnPage } from '../sources/kept-pages';
import { notifyStoreChange } from './changes';
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
  let writing = 0;
  /**
   * Runs a call of the writer's. When none is running, every document the writer took from
   * a first visit's early ones has been stored (or failed to be), so the records held
   * pending for them can go where the store has them (PendingReader.settle).
   */
  async function write<T>(call: (writer: Writer) => Promise<T>): Promise<T> {
    writing += 1;
    try {
      return await call(await writer());
    } finally {
      writing -= 1;
      if (writing === 0 && ctx.pending) void settle(ctx.pending);
    }
  }

  async function settle(pending: NonNullable<ReadContext['pending']>): Promise<void> {
    const changed = await pending.settle().catch(() => []);
    if (changed.length > 0) notifyStoreChange(changed);
  }

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
    readRecentlyRead: reading(['reads', 'articles'], (limit: number) =>
      readRecentlyRead(ctx, limit),
    ),
    readStorageReport: () => readStorageReport(ctx),
    readArticleBudget: reading(['meta'], () => readArticleBudget(ctx)),
    readDownloads: reading(['downloads'], () => readDownloads(ctx)),
    readDownload: reading(['downloads'], (section: string) => readDownload(ctx, section)),
    syncSite: (options?: SyncOptions) => write((w) => w.syncSite(options)),
    syncSectionPage: (section: string, page: number, options?: SyncOptions) =>
      write((w) => w.syncSectionPage(section, page, options)),
    syncArticle: (slug: string, options?: SyncOptions) =>
      write((w) => w.syncArticle(slug, options)),
    markRead: (slug: string) => write((w) => w.markRead(slug)),
    save: (slug: string) => write((w) => w.save(slug)),
    unsave: (slug: string) => write((w) => w.unsave(slug)),
    warmImages: (urls: string[]) => write((w) => w.warmImages(urls)),
    keepPage: (slug: string, page: DrawnPage) => write((w) => w.keepPage(slug, page)),
    setArticleBudget: (budget: number) => write((w) => w.setArticleBudget(budget)),
    clearOfflineData: async () => {
      await write((w) => w.clearOfflineData());
      // What a first visit held for the views (say, a document the writer never took) goes too.
      const changed = ctx.pending?.clear() ?? [];
      if (changed.length > 0) notifyStoreChange(changed);
    },
    estimateDownload: (section: string) => write((w) => w.estimateDownload(section)),
    runDownload: (section: string, signal: AbortSignal) =>
      write((w) => w.runDownload(section, signal)),
    removeDownload: (section: string) => write((w) => w.removeDownload(section)),
  };
}

export type Repository = ReturnType<typeof createRepository>;
