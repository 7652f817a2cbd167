import type { StoreReader } from '../db/reader';
import type { PaperboyDatabase } from '../db/db';
import type { BlogChoice } from '../model/blog';
import { openBlog } from '../model/blogs';
import { defaultHttpOptions } from '../sources/http';
import {
  createBrowserImageStore,
  createMemoryImageStore,
  postToServiceWorker,
} from '../caches/images';
import { createBrowserKeptPages, createMemoryKeptPages } from '../caches/kept-pages';
import type { ImageMessage } from '../caches/names';
import { notifyStoreChange } from './changes';
import type { DataContext } from './context';
import { onOutdated, openDatabase, type StorageProblem } from './database';
import { createWriter, type Writer } from './writer';

export const defaultMaxAgeMs = 5 * 60 * 1000;

/** What the writer needs from the browser around it: the page's, or its worker's. */
export interface BrowserHooks {
  blog: BlogChoice;
  postToServiceWorker: (message: ImageMessage) => void;
  storage: DataContext['storage'];
}

export function browserContext(
  db: PaperboyDatabase,
  store: StoreReader,
  hooks: BrowserHooks,
): DataContext {
  return {
    db,
    store,
    blog: openBlog(hooks.blog, defaultHttpOptions),
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

/** Where the worker cannot run, or Dexie must fall back to memory that only this page can read. */
export async function openBrowserWriter(
  store: StoreReader,
  blog: BlogChoice,
  report: (problem: StorageProblem) => void,
): Promise<Writer> {
  const { db, problem, memory } = await openDatabase(blog.database);
  if (memory) store.use(memory, db.name);
  if (problem) report(problem);
  onOutdated(db, () => report('outdated-elsewhere'));
  // Another tab may have written before Dexie here could report it.
  notifyStoreChange();
  return createWriter(
    browserContext(db, store, {
      blog,
      postToServiceWorker,
      storage: navigator.storage,
    }),
  );
}
