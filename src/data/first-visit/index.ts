import type { IndexedDBDeps, StoreReads } from '../../db/reader';
import type { HttpOptions } from '../../sources/http';
import { notifyStoreChange } from '../changes';
import type { ValidDocument } from '../documents';
import { askFirstView, type Asked, type AskOptions } from './ask';
import { PendingRecords } from './pending';
import { PendingReader } from './pending-reader';

/** The route the page opened on, as the first visit needs it. */
export interface OpenedOn {
  name: string;
  slug?: string;
}

export interface FirstVisitOptions {
  store: StoreReads;
  /** The page's IndexedDB: without it there is nothing for the first view to read from. */
  indexedDB: IndexedDBDeps | undefined;
  contentUrl: string;
  route: OpenedOn;
  /** Whether a service worker controls the page: if not, this is most likely a first visit. */
  controlled: boolean;
  http?: HttpOptions;
}

/** What the app gets from a first visit; on a later one, the store alone. */
export interface FirstVisit {
  /** What the views read: the store, and what the first visit holds until it is stored. */
  reads: StoreReads;
  /**
   * Settles once the first view can be drawn from what arrived, or cannot without the
   * writer (a document failed, or the view needs more): load the writer then.
   * Undefined on a later visit.
   */
  wanted?: Promise<void> | undefined;
  /**
   * The hand-over, once the writer has loaded and before anything else is asked of it:
   * every document held is stored through the writer and its records let go of. One the
   * writer fails to store stays on screen, and its own refresh asks for it again.
   */
  handOver(writer: { storeDocument(doc: ValidDocument): Promise<void> }): Promise<void>;
}

/**
 * A first visit, as one feature: no service worker in control means nothing is stored, so
 * the page asks for what its first view shows at once, validates each document as it
 * arrives, and holds it for the views until the writer (which loads after the first view)
 * is handed it to store. A later visit reads the store, and the writer fetches.
 */
export function startFirstVisit(options: FirstVisitOptions): FirstVisit {
  const { store, indexedDB, route } = options;
  if (options.controlled || !indexedDB) return { reads: store, handOver: async () => undefined };
  const pending = new PendingRecords();
  let wanted!: () => void;
  const writerWanted = new Promise<void>((resolve) => (wanted = resolve));
  // Asked for once the site is: the validator is needed only once the site arrives.
  let previews: Promise<typeof import('./preview')> | undefined;
  const hold: AskOptions['hold'] = async (source, raw, step) => {
    try {
      const [loaded, doc] = await Promise.all([(previews ??= import('./preview')), raw]);
      // A task of its own for each document: those that came while the validator loaded
      // would otherwise all be validated in one long task, as the first view draws.
      await new Promise((resolve) => setTimeout(resolve));
      const held = step(loaded.previewInto(pending, source, Date.now()), doc);
      notifyStoreChange(held.stores);
      if (!held.complete) wanted();
      return held;
    } catch {
      wanted();
      return undefined;
    }
  };
  const asked: Promise<Asked[]> = askFirstView(
    options.contentUrl,
    {
      sections: route.name === 'home' ? 'all' : route.name === 'section' ? route.slug : undefined,
      article: route.name === 'article' ? route.slug : undefined,
    },
    { hold, wanted, ...(options.http ? { http: options.http } : {}) },
  ).catch(() => {
    wanted();
    return [];
  });
  return {
    reads: new PendingReader(store, pending, (a, b) => indexedDB.indexedDB.cmp(a, b)),
    wanted: writerWanted,
    async handOver(writer) {
      for (const { source, held } of await asked) {
        const document = (await held)?.document;
        if (!document) continue;
        try {
          await writer.storeDocument(document);
        } catch {
          continue;
        }
        const changed = pending.release(source);
        if (changed.length > 0) notifyStoreChange(changed);
      }
    },
  };
}
