import { proxy, wrap } from 'comlink';
import { postToServiceWorker } from '../../caches/images';
import { notifyStoreChange } from '../changes';
import type { StorageProblem } from '../database';
import type { Writer } from '../writer';
import { loadFailure } from './load-failure';
import type { PageServices, ServedWriter } from './serve';
import { carryAcrossThreads } from './transfer';

export interface WorkerWriterOptions {
  contentUrl: string;
  report: (problem: StorageProblem) => void;
}

/**
 * The writer, run by its worker (writer.worker.ts): the very object createWriter makes
 * there, each call crossing to it. Undefined when the worker cannot serve it (it failed to
 * load, or cannot open IndexedDB there): the caller runs the writer on the page instead.
 * The worker is terminated then.
 */
export async function connectWriterWorker(
  worker: Worker,
  options: WorkerWriterOptions,
  /** Settles if the worker fails to load (see loadFailure). */
  failed: Promise<false> = loadFailure(worker),
): Promise<Writer | undefined> {
  carryAcrossThreads();
  const served = wrap<ServedWriter>(worker);
  const services: PageServices = {
    storeChanged: notifyStoreChange,
    problem: options.report,
    persist: () => navigator.storage.persist(),
    postToServiceWorker,
  };
  const writer = await Promise.race([
    served.open(proxy(services), options.contentUrl).catch(() => undefined),
    failed.then(() => undefined),
  ]);
  if (!writer) {
    worker.terminate();
    return undefined;
  }
  // Whatever another tab wrote before the worker's Dexie was there to tell.
  notifyStoreChange();
  return writer as unknown as Writer;
}
