import type { IndexedDBDeps, StoreReads } from '../../db/reader';
import { asksEarly, type BlogChoice } from '../../model/blog';
import type { HttpOptions } from '../../sources/http';
import { notifyStoreChange } from '../changes';
import type { ValidDocument } from '../documents';
import { askFirstView, type Asked, type AskOptions } from './ask';
import { PendingRecords } from './pending';
import { PendingReader } from './pending-reader';

export interface OpenedOn {
  name: string;
  slug?: string;
}

export interface FirstVisitOptions {
  store: StoreReads;
  /** The page's IndexedDB: without it there is nothing for the first view to read from. */
  indexedDB: IndexedDBDeps | undefined;
  blog: BlogChoice;
  route: OpenedOn;
  /** Whether a service worker controls the page: if not, this is most likely a first visit. */
  controlled: boolean;
  http?: HttpOptions;
}

export interface FirstVisit {
  reads: StoreReads;
  /** Settles once the first view can be drawn, or cannot be without the writer. */
  wanted?: Promise<void> | undefined;
  /** Before anything else is asked of the writer; a document it fails to store stays on screen. */
  handOver(writer: { storeDocument(doc: ValidDocument): Promise<void> }): Promise<void>;
}

/** No worker in control means nothing stored: fetch the first view now, hold it for the writer. */
export function startFirstVisit(options: FirstVisitOptions): FirstVisit {
  const { store, indexedDB, route } = options;
  if (options.controlled || !indexedDB || !asksEarly(options.blog)) {
    return { reads: store, handOver: async () => undefined };
  }
  const pending = new PendingRecords();
  let handedOver: Promise<void> | undefined;
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
    options.blog.url,
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
    // Once, even when the writer has to be opened again: a document is stored once.
    handOver: (writer) => (handedOver ??= storeHeld(writer)),
  };

  async function storeHeld(writer: Parameters<FirstVisit['handOver']>[0]): Promise<void> {
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
  }
}
