import type { StoreReader } from '../db/reader';
import type { EarlyDocuments } from '../sources/early';
import { defaultHttpOptions } from '../sources/http';
import { createBrowserImageStore, createMemoryImageStore } from '../sources/images';
import { createBrowserKeptPages, createMemoryKeptPages } from '../sources/kept-pages';
import { createStaticSource } from '../sources/static';
import { notifyStoreChange } from './changes';
import { onOutdated, openDatabase, type StorageProblem } from './database';
import { createWriter, type Writer } from './writer';

export const defaultMaxAgeMs = 5 * 60 * 1000;

/**
 * The writer the app runs on: Dexie over the browser's IndexedDB (or memory, when refused),
 * the blog at `contentUrl`, the browser's clock and network state. Loaded after the first
 * view; `store` is the reader the views already use, pointed at memory when Dexie had to be.
 */
export async function openBrowserWriter(
  store: StoreReader,
  contentUrl: string,
  report: (problem: StorageProblem) => void,
  /** Documents a first visit asked for while this loaded. */
  early?: EarlyDocuments,
): Promise<Writer> {
  const { db, problem, memory } = await openDatabase();
  if (memory) store.use(memory, db.name);
  if (problem) report(problem);
  onOutdated(db, () => report('outdated-elsewhere'));
  // Whatever another tab wrote before Dexie was here to tell.
  notifyStoreChange();
  return createWriter({
    db,
    store,
    source: createStaticSource(contentUrl, defaultHttpOptions, early),
    now: () => Date.now(),
    online: () => navigator.onLine,
    maxAgeMs: defaultMaxAgeMs,
    images: typeof caches === 'undefined' ? createMemoryImageStore() : createBrowserImageStore(),
    keptPages: typeof caches === 'undefined' ? createMemoryKeptPages() : createBrowserKeptPages(),
    storage: navigator.storage,
  });
}
