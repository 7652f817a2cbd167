import { keyAt, stores, type StoreName } from '../../db/schema';

/** The stores a first visit fills before the writer has loaded. */
export const pendingStores = ['site', 'sections', 'pages', 'articles'] as const;

export type PendingStore = (typeof pendingStores)[number];

export const isPendingStore = (store: StoreName): store is PendingStore =>
  (pendingStores as readonly string[]).includes(store);

/** A map key for an IndexedDB key: these stores key by strings and numbers only. */
const mapKey = (key: IDBValidKey): string => JSON.stringify(key);

/**
 * Records a first visit has fetched and validated but the writer has not stored yet, each
 * under the document it came from. The views read them where the store has nothing under
 * the same key (PendingReader), so the first screen draws from what the network brought
 * without waiting for the writer. A document's records go once the writer has stored it
 * (`release`); those of one it failed to store stay on screen.
 */
export class PendingRecords {
  #stores = new Map<PendingStore, Map<string, { record: object; source: string }>>();

  /** Holds `records` (of `store`) from the document at `source`; a later one replaces an earlier one under the same key. */
  put(source: string, store: PendingStore, records: readonly object[]): void {
    let byKey = this.#stores.get(store);
    if (!byKey) this.#stores.set(store, (byKey = new Map()));
    for (const record of records) {
      const key = keyAt(record, stores[store].key);
      if (key !== undefined) byKey.set(mapKey(key), { record, source });
    }
  }

  /** The record held under `key`, if any. */
  get<T>(store: StoreName, key: IDBValidKey): T | undefined {
    if (!isPendingStore(store)) return undefined;
    return this.#stores.get(store)?.get(mapKey(key))?.record as T | undefined;
  }

  /** Every record held for `store`. */
  all<T>(store: StoreName): T[] {
    if (!isPendingStore(store)) return [];
    return [...(this.#stores.get(store)?.values() ?? [])].map((entry) => entry.record as T);
  }

  get empty(): boolean {
    return [...this.#stores.values()].every((byKey) => byKey.size === 0);
  }

  /**
   * The writer has stored the document at `source`: its records go (unless a later
   * document holds the same key). Returns the stores whose reads may change.
   */
  release(source: string): PendingStore[] {
    const changed: PendingStore[] = [];
    for (const [store, byKey] of this.#stores) {
      for (const [key, entry] of byKey) {
        if (entry.source !== source) continue;
        byKey.delete(key);
        if (!changed.includes(store)) changed.push(store);
      }
    }
    return changed;
  }
}
