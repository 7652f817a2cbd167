import type { StoreName } from '../db/schema';
import type { ReadContext } from './context';
import {
  readArticle,
  readArticles,
  readContinueReading,
  readReadingPosition,
  readReadSlugs,
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

export type StoreRead<A extends unknown[], T> = ((...args: A) => Promise<T>) & {
  /** A Live re-runs it after a write to one of these; without them, after any write. */
  readonly stores?: readonly StoreName[];
};

function reading<A extends unknown[], T>(
  stores: readonly StoreName[],
  run: (...args: A) => Promise<T>,
): StoreRead<A, T> & { readonly stores: readonly StoreName[] } {
  return Object.assign(run, { stores });
}

/** Reads are raw IndexedDB, so the first view paints without Dexie; writes wait for the writer. */
export function createRepository(ctx: ReadContext, loadWriter: () => Promise<Writer>): Repository {
  const reads = readsOf(ctx);
  const writes = deferred(loadWriter);
  return new Proxy(reads, {
    get: (target, name, receiver) =>
      name in target ? Reflect.get(target, name, receiver) : Reflect.get(writes, name),
  }) as Repository;
}

function readsOf(ctx: ReadContext) {
  return {
    readSite: reading(['site'], () => readSite(ctx)),
    readFrontPage: reading(['sections', 'pages', 'articles'], (perSection: number) =>
      readFrontPage(ctx, perSection),
    ),
    readSectionList: reading(['pages', 'articles'], (section: string, pages: number) =>
      readSectionList(ctx, section, pages),
    ),
    readArticle: reading(['articles'], (slug: string) => readArticle(ctx, slug)),
    readArticles: reading(['articles'], (slugs: string[]) => readArticles(ctx, slugs)),
    // Loaded when an article's end is drawn: no first view waits for it.
    readRelated: reading(['terms', 'articles'], async (slug: string) =>
      (await import('./queries/related')).readRelated(ctx, slug),
    ),
    readSavedSlugs: reading(['saved'], () => readSavedSlugs(ctx)),
    readReadSlugs: reading(['reads'], () => readReadSlugs(ctx)),
    readSavedArticles: reading(['saved', 'articles'], () => readSavedArticles(ctx)),
    readRecentlyRead: reading(['reads', 'articles'], (limit: number) =>
      readRecentlyRead(ctx, limit),
    ),
    readReadingPosition: reading(['reads'], (slug: string) => readReadingPosition(ctx, slug)),
    readContinueReading: reading(['reads', 'articles'], (limit: number) =>
      readContinueReading(ctx, limit),
    ),
    // Loaded with the history's screen: no first view reads it.
    readHistory: reading(['reads', 'articles'], async () =>
      (await import('./queries/history')).readHistory(ctx),
    ),
    // Loaded with the queue's screens: no first view reads it.
    readQueue: reading(['queue', 'articles', 'reads'], async () =>
      (await import('./queries/queue')).readQueue(ctx),
    ),
    // No stores: it shows the browser's usage too, which any write moves.
    readStorageReport: () => readStorageReport(ctx),
    readArticleBudget: reading(['meta'], () => readArticleBudget(ctx)),
    readDownloads: reading(['downloads'], () => readDownloads(ctx)),
    readDownload: reading(['downloads'], (section: string) => readDownload(ctx, section)),
  };
}

/** Loads the target, then calls it. Never a thenable, so it can be handed around as a value. */
function deferred<T extends object>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    get(_, name) {
      if (typeof name === 'symbol' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const target = await load();
        // Reflect.apply, not .apply(): on the worker's writer that would be a remote call of its own.
        return Reflect.apply(
          Reflect.get(target, name) as (...a: unknown[]) => unknown,
          target,
          args,
        );
      };
    },
  });
}

export type Repository = ReturnType<typeof readsOf> & Writer;
