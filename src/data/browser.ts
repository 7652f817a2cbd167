import type { StoreReader } from '../db/reader';
import { defaultHttpOptions } from '../sources/http';
import { createBrowserImageStore, createMemoryImageStore } from '../sources/images';
import { createStaticSource } from '../sources/static';
import type { RawDocument } from '../sources/types';
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
  /** The site document, when a first visit asked for it early. */
  earlySite?: Promise<RawDocument | undefined>,
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
    source: createStaticSource(contentUrl, defaultHttpOptions, earlySite),
    now: () => Date.now(),
    online: () => navigator.onLine,
    maxAgeMs: defaultMaxAgeMs,
    images: typeof caches === 'undefined' ? createMemoryImageStore() : createBrowserImageStore(),
    storage: navigator.storage,
  });
}
