import { proxy, wrap, type Remote } from 'comlink';
import type { EarlyDocuments } from '../../sources/early';
import { createBrowserImageStore, postToServiceWorker } from '../../sources/images';
import { notifyStoreChange } from '../changes';
import type { StorageProblem } from '../database';
import type { Writer } from '../writer';
import { carryContentErrors } from './errors';
import { loadFailure } from './load-failure';
import type { PageServices, WorkerWriter } from './protocol';
import type { WriterWorkerApi } from './serve';

export interface WorkerWriterOptions {
  contentUrl: string;
  report: (problem: StorageProblem) => void;
  /** Documents a first visit asked for on the page while the worker loaded. */
  early?: EarlyDocuments | undefined;
}

/**
 * The writer, run by its worker (writer.worker.ts). Undefined when the worker cannot serve
 * it (it failed to load, or cannot open IndexedDB there): the caller runs the writer on the
 * page instead. The worker is terminated then.
 */
export async function connectWriterWorker(
  worker: Worker,
  options: WorkerWriterOptions,
  /** Settles if the worker fails to load (see loadFailure). */
  failed: Promise<false> = loadFailure(worker),
): Promise<Writer | undefined> {
  carryContentErrors();
  const remote = wrap<WriterWorkerApi>(worker);
  const services: PageServices = {
    storeChanged: notifyStoreChange,
    problem: options.report,
    persist: () => navigator.storage.persist(),
    postToServiceWorker,
    takeEarly: async (url) => options.early?.take(url),
  };
  const opened = await Promise.race([
    remote.open(proxy(services), options.contentUrl).catch(() => false),
    failed,
  ]);
  if (!opened) {
    worker.terminate();
    return undefined;
  }
  // Whatever another tab wrote before the worker's Dexie was there to tell.
  notifyStoreChange();
  return pageWriter(remote);
}

/** The worker's writer with the Writer's own shape, for the repository. */
function pageWriter(remote: Remote<WorkerWriter>): Writer {
  const images = createBrowserImageStore();
  let tickets = 0;
  return {
    syncSite: (options) => remote.syncSite(options),
    syncSectionPage: (section, page, options) => remote.syncSectionPage(section, page, options),
    syncArticle: (slug, options) => remote.syncArticle(slug, options),
    markRead: (slug) => remote.markRead(slug),
    save: (slug) => remote.save(slug),
    unsave: (slug) => remote.unsave(slug),
    // Asking the service worker takes no store: the page tells it straight away.
    warmImages: async (urls) => images.warm(urls),
    keepPage: (slug, page) => remote.keepPage(slug, page),
    setArticleBudget: (budget) => remote.setArticleBudget(budget),
    clearOfflineData: () => remote.clearOfflineData(),
    estimateDownload: (section) => remote.estimateDownload(section),
    removeDownload: (section) => remote.removeDownload(section),
    async runDownload(section, signal) {
      signal.throwIfAborted();
      const ticket = (tickets += 1);
      const cancel = () => void remote.cancelDownload(ticket);
      signal.addEventListener('abort', cancel, { once: true });
      try {
        await remote.runDownload(section, ticket);
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}
