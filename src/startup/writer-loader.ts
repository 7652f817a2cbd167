import type { StorageProblem } from '../data/database';
import type { FirstVisit } from '../data/first-visit';
import { loadFailure } from '../data/worker/load-failure';
import type { Writer } from '../data/writer';
import type { StoreReader } from '../db/reader';
import type { BlogChoice } from '../model/blog';
import { afterFirstView, firstViewShown } from './first-view';
import { nextFrame } from './schedule';
import { trustedScriptUrl } from './script-urls';

export interface WriterLoaderOptions {
  /** The reader the views use; the writer on the page points it at memory if it must. */
  store: StoreReader;
  pageHasIndexedDB: boolean;
  blog: BlogChoice;
  report: (problem: StorageProblem) => void;
  /** Handed the writer before anything else is asked of it. */
  firstVisit: Pick<FirstVisit, 'handOver' | 'wanted'>;
}

/** In a worker, else on the page; after the first view, as its start competes with the view. */
export function writerLoader(options: WriterLoaderOptions): () => Promise<Writer> {
  const { store, firstVisit } = options;

  /** Only where this page reads IndexedDB too: otherwise the views could not read the store. */
  function startWorker(): { worker: Worker; failed: Promise<false> } | undefined {
    if (!options.pageHasIndexedDB || import.meta.env.VITE_WRITER === 'page') return undefined;
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
      ? await import('../data/worker/client').then((client) =>
          client.connectWriterWorker(started.worker, options, started.failed),
        )
      : undefined;
    const writer: Writer =
      served ??
      (await (
        await import('../data/browser')
      ).openBrowserWriter(store, options.blog, options.report));
    await firstVisit.handOver(writer);
    return writer;
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

  // A frame later: the last of the first view paints before the worker's start-up begins.
  const drawn =
    firstVisit.wanted &&
    Promise.race([afterFirstView(firstViewShown), firstVisit.wanted]).then(nextFrame);
  if (drawn) void drawn.then(() => writer ?? keep(open()));
  return () => writer ?? keep((drawn ?? firstViewPainted()).then(open));
}
