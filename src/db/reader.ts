import { openExisting } from './open-existing';
import type { StoreName } from './schema';

/** An IndexedDB implementation: the browser's, or an in-memory one (tests, and the fallback). */
export interface IndexedDBDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** A read over a store or one of its indexes (Dexie names a compound index "[a+b]"). */
export interface Query {
  index?: string;
  lower?: IDBValidKey;
  upper?: IDBValidKey;
  reverse?: boolean;
  limit?: number;
}

export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** What the data layer's queries read through: the store, or the store with pending records (PendingReader). */
export interface StoreReads {
  get<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined>;
  getMany<T>(store: StoreName, keys: IDBValidKey[]): Promise<(T | undefined)[]>;
  all<T>(store: StoreName, query?: Query): Promise<T[]>;
  keys(store: StoreName): Promise<IDBValidKey[]>;
  /** One read of a store, for a query of its own; `empty` where the store does not exist yet. */
  within<T>(
    store: StoreName,
    empty: T,
    read: (objects: IDBObjectStore, range: typeof IDBKeyRange) => Promise<T>,
  ): Promise<T>;
  count(store: StoreName): Promise<number>;
  countWhere<T>(store: StoreName, matches: (record: T) => boolean): Promise<number>;
}

interface RecordsSource {
  getAllRecords?: (options: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<{ value: unknown }[]>;
}

/** Raw IndexedDB, so the first view never waits for Dexie; never creates or upgrades the database. */
export class StoreReader implements StoreReads {
  #deps: IndexedDBDeps | undefined;
  #name: string;
  #db: Promise<IDBDatabase | undefined> | undefined;
  /** The database has been seen to exist: it is opened from now on without asking first. */
  #exists = false;
  #running = 0;
  #waiting: (() => void)[] = [];

  constructor(deps: IndexedDBDeps | undefined, name: string) {
    this.#deps = deps;
    this.#name = name;
  }

  /** Reads another database from now on (the in-memory fallback, once Dexie has opened it). */
  use(deps: IndexedDBDeps, name: string): void {
    this.close();
    this.#deps = deps;
    this.#name = name;
    this.#exists = false;
  }

  get busy(): boolean {
    return this.#running > 0;
  }

  idle(): Promise<void> {
    if (this.#running === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Opens the connection now, so the first read does not wait for it. */
  warm(): void {
    void this.#open();
  }

  close(): void {
    const current = this.#db;
    this.#db = undefined;
    void current?.then((db) => db?.close());
  }

  get<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
    return this.within(store, undefined, (objects) => result(objects.get(key)) as Promise<T>);
  }

  getMany<T>(store: StoreName, keys: IDBValidKey[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.within(
      store,
      keys.map(() => undefined),
      (objects) =>
        Promise.all(keys.map((key) => result(objects.get(key)) as Promise<T | undefined>)),
    );
  }

  all<T>(store: StoreName, query: Query = {}): Promise<T[]> {
    return this.within(store, [], (objects) => {
      const source = query.index ? objects.index(query.index) : objects;
      const range = this.#range(query);
      if (!query.reverse) return result(source.getAll(range, query.limit)) as Promise<T[]>;
      const records = (source as unknown as RecordsSource).getAllRecords;
      if (records) {
        // One call for the newest N, where the browser has getAllRecords (no cursor steps).
        const request = records.call(source, {
          query: range ?? null,
          direction: 'prev',
          ...(query.limit ? { count: query.limit } : {}),
        });
        return result(request).then((rows) => rows.map((row) => row.value as T));
      }
      return this.#walk<T>(source.openCursor(range, 'prev'), query.limit);
    });
  }

  keys(store: StoreName): Promise<IDBValidKey[]> {
    return this.within(store, [], (objects) => result(objects.getAllKeys()));
  }

  count(store: StoreName): Promise<number> {
    return this.within(store, 0, (objects) => result(objects.count()));
  }

  /** How many records match, one at a time (never holding them all in memory). */
  countWhere<T>(store: StoreName, matches: (record: T) => boolean): Promise<number> {
    return this.within(store, 0, (objects) => {
      const request = objects.openCursor();
      let count = 0;
      return new Promise((resolve, reject) => {
        request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return resolve(count);
          if (matches(cursor.value as T)) count += 1;
          cursor.continue();
        };
      });
    });
  }

  #walk<T>(request: IDBRequest<IDBCursorWithValue | null>, limit = Infinity): Promise<T[]> {
    const rows: T[] = [];
    return new Promise((resolve, reject) => {
      request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve(rows);
        rows.push(cursor.value as T);
        if (rows.length >= limit) resolve(rows);
        else cursor.continue();
      };
    });
  }

  #range({ lower, upper }: Query): IDBKeyRange | undefined {
    const KeyRange = this.#deps?.IDBKeyRange;
    if (!KeyRange) return undefined;
    if (lower !== undefined && upper !== undefined) return KeyRange.bound(lower, upper);
    if (lower !== undefined) return KeyRange.lowerBound(lower);
    if (upper !== undefined) return KeyRange.upperBound(upper);
    return undefined;
  }

  async within<T>(
    store: StoreName,
    empty: T,
    read: (objects: IDBObjectStore, range: typeof IDBKeyRange) => Promise<T>,
  ): Promise<T> {
    this.#running += 1;
    try {
      return await this.#attempt(store, empty, read, true);
    } finally {
      this.#running -= 1;
      if (this.#running === 0) for (const resolve of this.#waiting.splice(0)) resolve();
    }
  }

  async #attempt<T>(
    store: StoreName,
    empty: T,
    read: (objects: IDBObjectStore, range: typeof IDBKeyRange) => Promise<T>,
    retry: boolean,
  ): Promise<T> {
    const db = await this.#open();
    const deps = this.#deps;
    if (!deps || !db?.objectStoreNames.contains(store)) return empty;
    let objects: IDBObjectStore;
    try {
      objects = db.transaction(store, 'readonly').objectStore(store);
    } catch (error) {
      // The connection closed under us (a newer version is opening): read again once.
      if (!retry || (error as { name?: string }).name !== 'InvalidStateError') throw error;
      this.#db = undefined;
      return this.#attempt(store, empty, read, false);
    }
    return read(objects, deps.IDBKeyRange);
  }

  #open(): Promise<IDBDatabase | undefined> {
    const deps = this.#deps;
    if (!deps) return Promise.resolve(undefined);
    if (this.#db) return this.#db;
    const opening = new Promise<IDBDatabase | undefined>((resolve) => {
      const fail = () => {
        if (this.#db === opening) this.#db = undefined;
        resolve(undefined);
      };
      void this.#present(deps.indexedDB).then((present) => {
        if (!present) return fail();
        this.#request(deps.indexedDB, opening, resolve, fail);
      });
    });
    this.#db = opening;
    return opening;
  }

  /** Asked without opening: opening one Dexie has not made means a main-thread upgrade to abort. */
  async #present(factory: IDBFactory): Promise<boolean> {
    if (this.#exists || typeof factory.databases !== 'function') return true;
    try {
      const names = (await factory.databases()).map((info) => info.name);
      this.#exists = names.includes(this.#name);
      return this.#exists;
    } catch {
      return true;
    }
  }

  #request(
    factory: IDBFactory,
    opening: Promise<IDBDatabase | undefined>,
    resolve: (db: IDBDatabase) => void,
    fail: () => void,
  ): void {
    // None any more (deleted meanwhile): leave creating it, with its schema, to Dexie.
    openExisting(factory, this.#name).then((db) => {
      if (!db) return fail();
      db.onversionchange = () => {
        db.close();
        if (this.#db === opening) this.#db = undefined;
      };
      resolve(db);
    }, fail);
  }
}

/** The browser's IndexedDB; reading it can throw where storage is disabled. */
export function browserIndexedDB(): IndexedDBDeps | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : { indexedDB, IDBKeyRange };
  } catch {
    return undefined;
  }
}
