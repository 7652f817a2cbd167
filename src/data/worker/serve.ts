import { expose, type Endpoint } from 'comlink';
import Dexie from 'dexie';
import { PaperboyDatabase } from '../../db/db';
import { StoreReader, type IndexedDBDeps } from '../../db/reader';
import { databaseName } from '../../db/schema';
import { mutatedStores } from '../changes';
import { browserContext } from '../browser';
import { onOutdated, openUnlessNewer } from '../database';
import { createWriter, type Writer } from '../writer';
import { carryContentErrors } from './errors';
import type { PageServices, WorkerWriter } from './protocol';

/** Where the served writer keeps the store: the worker's IndexedDB, or a test's. */
export interface ServedStore {
  deps: IndexedDBDeps;
  name: string;
}

/**
 * Serves the writer over `endpoint` (the worker's global scope): Dexie, the sources, the
 * validator and every write run there, off the page's main thread. The page reads the same
 * IndexedDB database with raw reads and is told when it changed.
 */
export function serveWriter(endpoint: Endpoint, store?: ServedStore) {
  carryContentErrors();
  let opened: (writer: Writer) => void = () => undefined;
  const writer = new Promise<Writer>((resolve) => (opened = resolve));
  const downloads = new Map<number, AbortController>();

  const served: WorkerWriter = {
    syncSite: async (options) => (await writer).syncSite(options),
    syncSectionPage: async (section, page, options) =>
      (await writer).syncSectionPage(section, page, options),
    syncArticle: async (slug, options) => (await writer).syncArticle(slug, options),
    markRead: async (slug) => (await writer).markRead(slug),
    save: async (slug) => (await writer).save(slug),
    unsave: async (slug) => (await writer).unsave(slug),
    keepPage: async (slug, page) => (await writer).keepPage(slug, page),
    setArticleBudget: async (budget) => (await writer).setArticleBudget(budget),
    clearOfflineData: async () => (await writer).clearOfflineData(),
    estimateDownload: async (section) => (await writer).estimateDownload(section),
    removeDownload: async (section) => (await writer).removeDownload(section),
    async runDownload(section, ticket) {
      const controller = new AbortController();
      downloads.set(ticket, controller);
      try {
        return await (await writer).runDownload(section, controller.signal);
      } finally {
        downloads.delete(ticket);
      }
    },
    cancelDownload(ticket) {
      downloads.get(ticket)?.abort(new DOMException('The download was cancelled.', 'AbortError'));
    },
  };

  const api = {
    /**
     * Opens the store here. False when the browser refuses IndexedDB in a worker: the page
     * then runs the writer itself, over an in-memory store that only it can read.
     * `services` live on the page: each call crosses to it.
     */
    async open(services: PageServices, contentUrl: string): Promise<boolean> {
      const { deps, name } = store ?? { deps: { indexedDB, IDBKeyRange }, name: databaseName };
      const db = new PaperboyDatabase(name, deps);
      let state: 'opened' | 'outdated';
      try {
        state = await openUnlessNewer(db, deps.indexedDB);
      } catch (error) {
        console.warn('Paperboy cannot use IndexedDB in a worker; the page will write.', error);
        return false;
      }
      // Outdated, the store stays closed: writes fail as they do once another tab upgrades it.
      if (state === 'outdated') void services.problem('outdated-elsewhere');
      else onOutdated(db, () => void services.problem('outdated-elsewhere'));
      // Every committed write, here or (through Dexie's broadcast) in another tab's worker.
      Dexie.on('storagemutated', (parts) => void services.storeChanged(mutatedStores(parts)));
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      opened(
        createWriter(
          browserContext(db, new StoreReader(deps, name), {
            contentUrl,
            early: { take: (url) => services.takeEarly(url) },
            postToServiceWorker: (message) => void services.postToServiceWorker(message),
            storage: storage && {
              estimate: () => storage.estimate(),
              persisted: () => storage.persisted(),
              persist: () => services.persist(),
            },
          }),
        ),
      );
      return true;
    },
    ...served,
  };
  expose(api, endpoint);
  return api;
}

export type WriterWorkerApi = ReturnType<typeof serveWriter>;
