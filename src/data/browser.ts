import type { StoreReader } from '../db/reader';
import type { PaperboyDatabase } from '../db/db';
import { defaultHttpOptions } from '../sources/http';
import {
  createBrowserImageStore,
  createMemoryImageStore,
  postToServiceWorker,
} from '../caches/images';
import { createBrowserKeptPages, createMemoryKeptPages } from '../caches/kept-pages';
import { createStaticSource } from '../sources/static';
import type { ImageMessage } from '../caches/names';
import { notifyStoreChange } from './changes';
import type { DataContext } from './context';
import { onOutdated, openDatabase, type StorageProblem } from './database';
import { createWriter, type Writer } from './writer';

export const defaultMaxAgeMs = 5 * 60 * 1000;

/** What the writer needs from the browser around it: the page's, or its worker's. */
export interface BrowserHooks {
  contentUrl: string;
  /** Reaches the service worker that serves pictures offline. */
  postToServiceWorker: (message: ImageMessage) => void;
  storage: DataContext['storage'];
}

/** The writer's context over an opened database, with the browser's clock and network. */
export function browserContext(
  db: PaperboyDatabase,
  store: StoreReader,
  hooks: BrowserHooks,
): DataContext {
  return {
    db,
    store,
    source: createStaticSource(hooks.contentUrl, defaultHttpOptions),
    now: () => Date.now(),
    online: () => navigator.onLine,
    maxAgeMs: defaultMaxAgeMs,
    images:
      typeof caches === 'undefined'
        ? createMemoryImageStore()
        : createBrowserImageStore(hooks.postToServiceWorker),
    keptPages: typeof caches === 'undefined' ? createMemoryKeptPages() : createBrowserKeptPages(),
    storage: hooks.storage,
  };
}

/**
 * The writer on the page itself: where the writer's worker cannot run or cannot open the
 * browser's IndexedDB (then Dexie falls back to memory, which only this page can read).
 * `store` is the reader the views already use, pointed at memory when Dexie had to be.
 */
export async function openBrowserWriter(
  store: StoreReader,
  contentUrl: string,
  report: (problem: StorageProblem) => void,
): Promise<Writer> {
  const { db, problem, memory } = await openDatabase();
  if (memory) store.use(memory, db.name);
  if (problem) report(problem);
  onOutdated(db, () => report('outdated-elsewhere'));
  // Whatever another tab wrote before Dexie was here to tell.
  notifyStoreChange();
  return createWriter(
    browserContext(db, store, {
      contentUrl,
      postToServiceWorker,
      storage: navigator.storage,
    }),
  );
}
