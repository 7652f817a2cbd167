import type { StorageProblem } from './data/database';
import { loadFailure } from './data/worker/load-failure';
import type { Writer } from './data/writer';
import type { StoreReader } from './db/reader';
import { trustedScriptUrl } from './pwa/script-urls';
import type { EarlyDocuments } from './sources/early';
import { nextFrame } from './state/schedule';

export interface WriterLoaderOptions {
  /** The reader the views use; the writer on the page points it at memory if it must. */
  store: StoreReader;
  /** Whether this page can read IndexedDB itself. */
  pageHasIndexedDB: boolean;
  contentUrl: string;
  report: (problem: StorageProblem) => void;
  early: EarlyDocuments;
  /** No service worker controls the page: nothing stored to show, the writer is awaited. */
  firstVisit: boolean;
}

/**
 * How the app gets its writer (Dexie, the sources, the validator): in a dedicated worker,
 * off this thread, or on the page where that cannot be. A first visit waits on what the
 * writer stores, so its worker starts unasked, but after the first frame: starting a worker
 * is main-thread work (its client's code too), and in the task that mounts the app it put
 * off the first paint by about 80 ms (FCP 408 -> 329 ms, LCP unchanged, 7 traced cold
 * loads). On later visits the first view paints from the store first, and the worker would
 * only compete with that paint for the CPU. A failed load (say, offline before the service
 * worker cached it) is tried again on the next call.
 */
export function writerLoader(options: WriterLoaderOptions): () => Promise<Writer> {
  const { store } = options;

  /** Only where this page reads IndexedDB too: otherwise the views could not read the store. */
  function startWorker(): { worker: Worker; failed: Promise<false> } | undefined {
    if (!options.pageHasIndexedDB) return undefined;
    try {
      // The Trusted Types policy's URL object; the DOM typings know strings only.
      const worker = new Worker(trustedScriptUrl('writerWorker') as string, {
        type: 'module',
        name: 'paperboy-writer',
      });
      return { worker, failed: loadFailure(worker) };
    } catch {
      return undefined;
    }
  }

  async function open(): Promise<Writer> {
    const started = startWorker();
    const served = started
      ? await import('./data/worker/client').then((client) =>
          client.connectWriterWorker(started.worker, options, started.failed),
        )
      : undefined;
    if (served) return served;
    const data = await import('./data/browser');
    return data.openBrowserWriter(store, options.contentUrl, options.report, options.early);
  }

  /** The first view's reads have landed and painted: nothing read for a whole frame. */
  async function firstViewPainted(): Promise<void> {
    do {
      await store.idle();
      await nextFrame();
    } while (store.busy);
  }

  let writer: Promise<Writer> | undefined;
  function keep(opening: Promise<Writer>): Promise<Writer> {
    writer = opening;
    opening.catch(() => {
      if (writer === opening) writer = undefined;
    });
    return opening;
  }

  if (options.firstVisit) void nextFrame().then(() => writer ?? keep(open()));
  return () => writer ?? keep(firstViewPainted().then(open));
}
