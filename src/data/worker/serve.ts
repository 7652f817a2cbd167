import { expose, proxy, type Endpoint } from 'comlink';
import Dexie from 'dexie';
import type { ImageMessage } from '../../caches/names';
import { PaperboyDatabase } from '../../db/db';
import { StoreReader, type IndexedDBDeps } from '../../db/reader';
import type { BlogChoice } from '../../model/blog';
import { browserContext } from '../browser';
import { mutatedStores } from '../changes';
import { onOutdated, openUnlessNewer, type StorageProblem } from '../database';
import { createWriter, type Writer } from '../writer';
import { carryAcrossThreads } from './transfer';

/** What only the page can do for the writer's worker. */
export interface PageServices {
  storeChanged(stores?: string[]): void;
  problem(problem: StorageProblem): void;
  /** StorageManager.persist() exists on windows only. */
  persist(): Promise<boolean>;
  /** Workers have no `navigator.serviceWorker`: the page passes the message on. */
  postToServiceWorker(message: ImageMessage): void;
}

export interface ServedStore {
  deps: IndexedDBDeps;
  name: string;
}

/** Dexie, the sources and the validator run here, off the page's main thread. */
export function serveWriter(endpoint: Endpoint, store?: ServedStore): void {
  carryAcrossThreads();
  const served = {
    /** Undefined where the browser refuses IndexedDB in a worker: the page runs the writer then. */
    async open(services: PageServices, blog: BlogChoice): Promise<Writer | undefined> {
      const { deps, name } = store ?? { deps: { indexedDB, IDBKeyRange }, name: blog.database };
      const db = new PaperboyDatabase(name, deps);
      let state: 'opened' | 'outdated';
      try {
        state = await openUnlessNewer(db, deps.indexedDB);
      } catch (error) {
        console.warn('Paperboy cannot use IndexedDB in a worker; the page will write.', error);
        return undefined;
      }
      // Outdated, the store stays closed: writes fail as they do once another tab upgrades it.
      if (state === 'outdated') void services.problem('outdated-elsewhere');
      else onOutdated(db, () => void services.problem('outdated-elsewhere'));
      // Every committed write, here or (through Dexie's broadcast) in another tab's worker.
      Dexie.on('storagemutated', (parts) => void services.storeChanged(mutatedStores(parts)));
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      const writer = createWriter(
        browserContext(db, new StoreReader(deps, name), {
          blog,
          postToServiceWorker: (message) => void services.postToServiceWorker(message),
          storage: storage && {
            estimate: () => storage.estimate(),
            persisted: () => storage.persisted(),
            persist: () => services.persist(),
          },
        }),
      );
      return proxy(writer);
    },
  };
  expose(served, endpoint);
}

export type ServedWriter = {
  open(services: PageServices, blog: BlogChoice): Promise<Writer | undefined>;
};
