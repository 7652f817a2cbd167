import type { StoreName } from '../db/schema';
import type { ReadContext } from './context';
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
 * the browser's usage, which any write moves. Every other call is the writer's (Writer),
 * handed on as it is once the writer has loaded.
 */
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
  };
}

/**
 * An object whose every method loads the real one first, then calls it: so no write is
 * listed anywhere but on Writer. Never a thenable, so it can be handed around as a value.
 */
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
