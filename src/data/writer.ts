import Dexie from 'dexie';
import type { DrawnPage } from '../sources/kept-pages';
import { markRead, syncArticle } from './articles';
import { mutatedStores, notifyStoreChange } from './changes';
import type { DataContext, SyncOptions } from './context';
import { estimateDownload, removeDownload, runDownload } from './downloads';
import { saveArticle, unsaveArticle } from './saved';
import { syncSectionPage } from './sections';
import { syncSite } from './site';
import { clearOfflineData, setArticleBudget } from './storage';

// Every committed write, in this tab or another, re-runs the live queries on screen that
// read what it wrote.
Dexie.on('storagemutated', (parts) => notifyStoreChange(mutatedStores(parts)));

/**
 * Everything that changes the store: `sync*` fill it from the source and never touch what is
 * stored when they fail. This half of the data layer (with Dexie, the sources and the
 * validator) loads after the first view has painted from the store.
 */
export function createWriter(ctx: DataContext) {
  return {
    syncSite: (options?: SyncOptions) => syncSite(ctx, options),
    syncSectionPage: (section: string, page: number, options?: SyncOptions) =>
      syncSectionPage(ctx, section, page, options),
    syncArticle: (slug: string, options?: SyncOptions) => syncArticle(ctx, slug, options),
    markRead: (slug: string) => markRead(ctx, slug),
    save: (slug: string) => saveArticle(ctx, slug),
    unsave: (slug: string) => unsaveArticle(ctx, slug),
    /** Keeps an article's pictures for offline reading (through the worker's caches). */
    warmImages: async (urls: string[]) => ctx.images.warm(urls),
    /** Keeps the page the app drew for a read article. */
    keepPage: (slug: string, page: DrawnPage) =>
      // A bonus for the next visit: a full cache or a missing shell costs the reader nothing now.
      ctx.keptPages.keep(slug, page).catch(() => undefined),
    setArticleBudget: (budget: number) => setArticleBudget(ctx, budget),
    clearOfflineData: () => clearOfflineData(ctx),
    estimateDownload: (section: string) => estimateDownload(ctx, section),
    runDownload: (section: string, signal: AbortSignal) => runDownload(ctx, section, signal),
    removeDownload: (section: string) => removeDownload(ctx, section),
  };
}

export type Writer = ReturnType<typeof createWriter>;
