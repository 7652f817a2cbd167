import type { StoreName } from './schema';

/** A record's key path: one field, or several for a compound key ("[a+b]" in Dexie). */
type KeyPath = string | readonly string[];

/**
 * Where each store that a first visit fills keeps its primary key and its indexes' keys:
 * the same as db.ts's schema says to Dexie (tests/db/pending.test.ts holds them to it).
 */
export const pendingKeyPaths = {
  site: { key: 'key', indexes: {} },
  sections: { key: 'slug', indexes: { position: 'position' } },
  pages: { key: ['section', 'page'], indexes: {} },
  articles: {
    key: 'slug',
    indexes: { '[section+published]': ['section', 'published'] },
  },
} as const satisfies Partial<
  Record<StoreName, { key: KeyPath; indexes: Readonly<Record<string, KeyPath>> }>
>;

export type PendingStore = keyof typeof pendingKeyPaths;

export const isPendingStore = (store: StoreName): store is PendingStore =>
  Object.hasOwn(pendingKeyPaths, store);

/** The key a record has under a key path; undefined where a part is missing. */
export function keyAt(record: unknown, path: KeyPath): IDBValidKey | undefined {
  const fields = record as Record<string, IDBValidKey | undefined>;
  if (typeof path === 'string') return fields[path];
  const parts = path.map((field) => fields[field]);
  return parts.every((part) => part !== undefined) ? (parts as IDBValidKey[]) : undefined;
}

/** A map key for an IndexedDB key: the stores above key by strings and numbers only. */
const mapKey = (key: IDBValidKey): string => JSON.stringify(key);

/**
 * Records a first visit has fetched and validated on the page but the writer has not yet
 * stored, each under the document it came from. The views read them where the store has
 * nothing under the same key (PendingReader), so the first screen draws from what the
 * network brought without waiting for the writer to load and store it. Once the writer has
 * taken a document (`taken`), its records go as soon as the store holds them
 * (PendingReader.settle): one the writer failed to store stays on screen.
 */
export class PendingRecords {
  #stores = new Map<PendingStore, Map<string, { record: object; source: string }>>();
  #taken = new Set<string>();

  /** Holds `records` (of `store`) from the document at `source`; a later one replaces an earlier one under the same key. */
  put(source: string, store: PendingStore, records: readonly object[]): void {
    let byKey = this.#stores.get(store);
    if (!byKey) this.#stores.set(store, (byKey = new Map()));
    const path = pendingKeyPaths[store].key;
    for (const record of records) {
      const key = keyAt(record, path);
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

  /** The writer has the document at `source`: its records go at the next settle. */
  taken(source: string): void {
    this.#taken.add(source);
  }

  /** Drops every record: the store was cleared, and nothing held may show in its place. */
  clear(): PendingStore[] {
    const changed = [...this.#stores].filter(([, byKey]) => byKey.size > 0).map(([store]) => store);
    this.#stores.clear();
    return changed;
  }

  /** The keys of every record, by store, whose document the writer has taken. */
  takenKeys(): [PendingStore, IDBValidKey[]][] {
    return [...this.#stores].map(([store, byKey]) => [
      store,
      [...byKey.values()]
        .filter((entry) => this.#taken.has(entry.source))
        .map((entry) => keyAt(entry.record, pendingKeyPaths[store].key) as IDBValidKey),
    ]);
  }

  /** Drops these records, where their document is (still) one the writer took; whether any went. */
  drop(store: PendingStore, keys: readonly IDBValidKey[]): boolean {
    const byKey = this.#stores.get(store);
    let dropped = false;
    for (const key of keys) {
      const entry = byKey?.get(mapKey(key));
      if (entry && this.#taken.has(entry.source)) dropped = byKey!.delete(mapKey(key));
    }
    return dropped;
  }
}
