/** The stores, keys and indexes, declared once for Dexie (db.ts) and a first visit's reads. */
export const databaseName = 'paperboy';

export type KeyPath = string | readonly string[];

export const stores = {
  site: { key: 'key', indexes: [] },
  sections: { key: 'slug', indexes: ['position'] },
  pages: { key: ['section', 'page'], indexes: [] },
  // Newest in a section: [section+published] in reverse, no scan.
  articles: { key: 'slug', indexes: [['section', 'published']] },
  saved: { key: 'slug', indexes: ['savedAt'] },
  meta: { key: 'key', indexes: [] },
  downloads: { key: 'section', indexes: ['status'] },
  reads: { key: 'slug', indexes: ['readAt'] },
  // Related posts: "*keys" indexes each [term, minus the date] of a record (multiEntry).
  terms: { key: 'slug', indexes: ['*keys'] },
  // Articles asked for while offline, fetched when the connection returns.
  queue: { key: 'slug', indexes: ['queuedAt'] },
  // The search index as one saved snapshot, and the articles written since it was saved.
  search: { key: 'key', indexes: [] },
  reindex: { key: 'key', indexes: [] },
} as const satisfies Record<string, { key: KeyPath; indexes: readonly KeyPath[] }>;

export type StoreName = keyof typeof stores;

/** An index as Dexie declares it: the field ("*field" for each entry of an array), or "[a+b]". */
const declared = (path: KeyPath): string =>
  typeof path === 'string' ? path : `[${path.join('+')}]`;

/** An index's name as Dexie gives it: its declaration without the "*". */
export const indexName = (path: KeyPath): string => declared(path).replace(/^\*/, '');

export function indexPath(store: StoreName, name: string): KeyPath | undefined {
  return stores[store].indexes.find((path: KeyPath) => indexName(path) === name);
}

/** Every store as Dexie's stores() takes it: "slug, [section+published]". */
export function dexieStores(): Record<StoreName, string> {
  const entries = Object.entries(stores).map(([name, { key, indexes }]) => [
    name,
    [key, ...indexes].map(declared).join(', '),
  ]);
  return Object.fromEntries(entries) as Record<StoreName, string>;
}

/** The key a record has under a key path; undefined where a part is missing. */
export function keyAt(record: unknown, path: KeyPath): IDBValidKey | undefined {
  const fields = record as Record<string, IDBValidKey | undefined>;
  if (typeof path === 'string') return fields[path];
  const parts = path.map((field) => fields[field]);
  return parts.every((part) => part !== undefined) ? (parts as IDBValidKey[]) : undefined;
}
