import { proxy, wrap } from 'comlink';
import { postToServiceWorker } from '../../caches/images';
import type { BlogChoice } from '../../model/blog';
import { notifyStoreChange } from '../changes';
import type { StorageProblem } from '../database';
import type { Writer } from '../writer';
import { loadFailure } from './load-failure';
import type { PageServices, ServedWriter } from './serve';
import { carryAcrossThreads } from './transfer';

export interface WorkerWriterOptions {
  blog: BlogChoice;
  report: (problem: StorageProblem) => void;
}

/** Undefined, and the worker ended, where it cannot serve the writer: the page runs it then. */
export async function connectWriterWorker(
  worker: Worker,
  options: WorkerWriterOptions,
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
    served.open(proxy(services), options.blog).catch(() => undefined),
    failed.then(() => undefined),
  ]);
  if (!writer) {
    worker.terminate();
    return undefined;
  }
  // Another tab may have written before the worker's Dexie could report it.
  notifyStoreChange();
  return writer as unknown as Writer;
}
