import { keyAt, stores, type StoreName } from '../../db/schema';

/** The stores a first visit fills before the writer has loaded. */
const pendingStores = ['site', 'sections', 'pages', 'articles'] as const;

export type PendingStore = (typeof pendingStores)[number];

export const isPendingStore = (store: StoreName): store is PendingStore =>
  (pendingStores as readonly string[]).includes(store);

/** A map key for an IndexedDB key: these stores key by strings and numbers only. */
const mapKey = (key: IDBValidKey): string => JSON.stringify(key);

/** Records fetched and validated but not stored yet, by the document they came from. */
export class PendingRecords {
  #stores = new Map<PendingStore, Map<string, { record: object; source: string }>>();

  /** A later record replaces an earlier one under the same key. */
  put(source: string, store: PendingStore, records: readonly object[]): void {
    let byKey = this.#stores.get(store);
    if (!byKey) this.#stores.set(store, (byKey = new Map()));
    for (const record of records) {
      const key = keyAt(record, stores[store].key);
      if (key !== undefined) byKey.set(mapKey(key), { record, source });
    }
  }

  get<T>(store: StoreName, key: IDBValidKey): T | undefined {
    if (!isPendingStore(store)) return undefined;
    return this.#stores.get(store)?.get(mapKey(key))?.record as T | undefined;
  }

  all<T>(store: StoreName): T[] {
    if (!isPendingStore(store)) return [];
    return [...(this.#stores.get(store)?.values() ?? [])].map((entry) => entry.record as T);
  }

  get empty(): boolean {
    return [...this.#stores.values()].every((byKey) => byKey.size === 0);
  }

  /** Once `source` is stored; returns the stores whose reads may change. */
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
