import Dexie from 'dexie';
import type { DrawnPage } from '../caches/kept-pages';
import type { ArticleRecord, PageRecord } from '../db/db';
import type { ExportedBlog } from '../model/exchange/format';
import type { ImportOutcome } from '../model/exchange/summary';
import type { SearchResults } from '../model/search';
import type { Site } from '../model/types';
import {
  clearHistory,
  keepReadingPosition,
  markRead,
  removeFromHistory,
  syncArticle,
} from './articles';
import { mutatedStores, notifyStoreChange } from './changes';
import type { DataContext, SyncOptions } from './context';
import { storeDocument, type ValidDocument } from './documents';
import { estimateDownload, removeDownload, runDownload, type DownloadEstimate } from './downloads';
import type { Arrival, QueueHint } from './queue';
import { saveArticle, unsaveArticle } from './saved';
import { syncSectionPage } from './sections';
import { syncSite } from './site';
import { clearOfflineData, setArticleBudget } from './storage';

// Every committed write, in this tab or another, re-runs the live queries that read it.
Dexie.on('storagemutated', (parts) => notifyStoreChange(mutatedStores(parts)));

/** Every change to the store, declared once. `sync*` leave what is stored alone when they fail. */
export interface Writer {
  syncSite(options?: SyncOptions): Promise<Site>;
  syncSectionPage(section: string, page: number, options?: SyncOptions): Promise<PageRecord>;
  syncArticle(slug: string, options?: SyncOptions): Promise<ArticleRecord>;
  /** Stores a document a first visit fetched and validated (data/first-visit/). */
  storeDocument(doc: ValidDocument): Promise<void>;
  markRead(slug: string): Promise<void>;
  /** How far down the article the reader has scrolled, from 0 to 1. */
  keepReadingPosition(slug: string, position: number): Promise<void>;
  removeFromHistory(slug: string): Promise<void>;
  clearHistory(): Promise<void>;
  save(slug: string): Promise<void>;
  unsave(slug: string): Promise<void>;
  /** Asked for while offline: fetched by `fetchQueued` once the connection returns. */
  queueArticle(slug: string, hint?: QueueHint): Promise<void>;
  unqueueArticle(slug: string): Promise<void>;
  /** Stores each queued article it can fetch and lets go of it; returns those that arrived. */
  fetchQueued(): Promise<Arrival[]>;
  warmImages(urls: string[]): Promise<void>;
  keepPage(slug: string, page: DrawnPage): Promise<void>;
  /** Every kept page, before another blog is read: its articles have the same addresses. */
  clearKeptPages(): Promise<void>;
  setArticleBudget(budget: number): Promise<void>;
  /** Saved articles, the history and reading positions stay unless `history` says otherwise. */
  clearOfflineData(options?: { history?: boolean }): Promise<void>;
  estimateDownload(section: string): Promise<DownloadEstimate>;
  runDownload(section: string, signal: AbortSignal): Promise<void>;
  removeDownload(section: string): Promise<void>;
  /** The reader's data as an export file to download: a read, here so no view carries the format. */
  exportReaderFile(current: ExportedBlog): Promise<{ name: string; text: string }>;
  /** Checks an export file for this blog, then merges it in one transaction: nothing twice. */
  importReaderFile(file: Blob, current: ExportedBlog): Promise<ImportOutcome>;
  /** The stored articles a query finds: here, as keeping the index up to date writes it. */
  search(query: string): Promise<SearchResults>;
}

export function createWriter(ctx: DataContext): Writer {
  return {
    syncSite: (options) => syncSite(ctx, options),
    syncSectionPage: (section, page, options) => syncSectionPage(ctx, section, page, options),
    syncArticle: (slug, options) => syncArticle(ctx, slug, options),
    storeDocument: (doc) => storeDocument(ctx, doc),
    markRead: (slug) => markRead(ctx, slug),
    keepReadingPosition: (slug, position) => keepReadingPosition(ctx, slug, position),
    removeFromHistory: (slug) => removeFromHistory(ctx, slug),
    clearHistory: () => clearHistory(ctx),
    save: (slug) => saveArticle(ctx, slug),
    unsave: (slug) => unsaveArticle(ctx, slug),
    // Loaded when something is queued or comes back: the worker's start carries none of it.
    queueArticle: async (slug, hint) => (await import('./queue')).queueArticle(ctx, slug, hint),
    unqueueArticle: async (slug) => (await import('./queue')).unqueueArticle(ctx, slug),
    // Asked at every start: with nothing queued, the queue's code is not loaded.
    fetchQueued: async () =>
      (await ctx.db.queue.count()) === 0
        ? []
        : (await import('./queue')).fetchQueued(ctx, (slug) => syncArticle(ctx, slug)),
    warmImages: async (urls) => ctx.images.warm(urls),
    keepPage: (slug, page) =>
      // A bonus for the next visit: a full cache or a missing shell costs the reader nothing now.
      ctx.keptPages.keep(slug, page).catch(() => undefined),
    clearKeptPages: () => ctx.keptPages.clear(),
    setArticleBudget: (budget) => setArticleBudget(ctx, budget),
    clearOfflineData: (options) => clearOfflineData(ctx, options),
    estimateDownload: (section) => estimateDownload(ctx, section),
    runDownload: (section, signal) => runDownload(ctx, section, signal),
    removeDownload: (section) => removeDownload(ctx, section),
    // Loaded when the reader exports or imports: the writer's worker carries none of it before.
    exportReaderFile: async (current) =>
      (await import('./exchange')).exportReaderFile(ctx, current),
    importReaderFile: async (file, current) =>
      (await import('./exchange')).importReaderFile(ctx, file, current),
    // Loaded at the first search: the index and its library stay out of every other start.
    search: async (query) => (await import('./search/results')).search(ctx, query),
  };
}
