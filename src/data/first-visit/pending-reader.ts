import type { Query, StoreReads } from '../../db/reader';
import { indexPath, keyAt, stores, type StoreName } from '../../db/schema';
import { isPendingStore, type PendingRecords } from './pending';

/** IndexedDB's order of keys (indexedDB.cmp): -1, 0 or 1; throws for what is not a key. */
export type CompareKeys = (a: IDBValidKey, b: IDBValidKey) => number;

/** The store and pending records as one; counts are the store's, and the writer never reads this. */
export class PendingReader implements StoreReads {
  readonly #stored: StoreReads;
  readonly #pending: PendingRecords;
  readonly #cmp: CompareKeys;

  constructor(stored: StoreReads, pending: PendingRecords, cmp: CompareKeys) {
    this.#stored = stored;
    this.#pending = pending;
    this.#cmp = cmp;
  }

  async get<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
    return (await this.#stored.get<T>(store, key)) ?? this.#pending.get<T>(store, key);
  }

  async getMany<T>(store: StoreName, keys: IDBValidKey[]): Promise<(T | undefined)[]> {
    const stored = await this.#stored.getMany<T>(store, keys);
    return stored.map((record, index) => record ?? this.#pending.get<T>(store, keys[index]!));
  }

  async all<T>(store: StoreName, query: Query = {}): Promise<T[]> {
    const stored = this.#stored.all<T>(store, query);
    if (!isPendingStore(store)) return stored;
    const paths = stores[store];
    const path = query.index === undefined ? paths.key : this.#indexPath(store, query.index);
    const matching = this.#pending
      .all<T>(store)
      .filter((record) => this.#inRange(keyAt(record, path), query));
    if (matching.length === 0) return stored;
    const keys = matching.map((record) => keyAt(record, paths.key) as IDBValidKey);
    const [rows, elsewhere] = await Promise.all([stored, this.#stored.getMany(store, keys)]);
    // A record stored under the same key is the one that counts, wherever it sorts.
    const added = matching.filter((_, index) => elsewhere[index] === undefined);
    if (added.length === 0) return rows;
    const order = (a: T, b: T) =>
      this.#cmp(keyAt(a, path) as IDBValidKey, keyAt(b, path) as IDBValidKey) ||
      this.#cmp(keyAt(a, paths.key) as IDBValidKey, keyAt(b, paths.key) as IDBValidKey);
    const merged = [...rows, ...added].sort(query.reverse ? (a, b) => order(b, a) : order);
    return query.limit === undefined ? merged : merged.slice(0, query.limit);
  }

  async keys(store: StoreName): Promise<IDBValidKey[]> {
    const stored = await this.#stored.keys(store);
    if (!isPendingStore(store)) return stored;
    const pending = this.#pending
      .all(store)
      .map((record) => keyAt(record, stores[store].key) as IDBValidKey)
      .filter((key) => !stored.some((other) => this.#cmp(key, other) === 0));
    return pending.length === 0 ? stored : [...stored, ...pending].sort(this.#cmp);
  }

  within<T>(
    store: StoreName,
    empty: T,
    read: (objects: IDBObjectStore, range: typeof IDBKeyRange) => Promise<T>,
  ): Promise<T> {
    return this.#stored.within(store, empty, read);
  }

  count(store: StoreName): Promise<number> {
    return this.#stored.count(store);
  }

  countWhere<T>(store: StoreName, matches: (record: T) => boolean): Promise<number> {
    return this.#stored.countWhere(store, matches);
  }

  #indexPath(store: StoreName, index: string) {
    const path = indexPath(store, index);
    if (path === undefined) throw new Error(`No index ${index} on ${store}`);
    return path;
  }

  /** Whether `key` is a key at all (an index skips records without one) and within the query's bounds. */
  #inRange(key: IDBValidKey | undefined, { lower, upper }: Query): boolean {
    if (key === undefined) return false;
    try {
      return (
        (lower === undefined || this.#cmp(key, lower) >= 0) &&
        (upper === undefined || this.#cmp(key, upper) <= 0)
      );
    } catch {
      return false;
    }
  }
}
