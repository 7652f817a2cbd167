/**
 * What the raw reader and Dexie agree on without importing each other: the database's name
 * and its stores. The versioned schema itself (keys, indexes, upgrades) lives in db.ts.
 */
export const databaseName = 'paperboy';

export type StoreName =
  'site' | 'sections' | 'pages' | 'articles' | 'saved' | 'meta' | 'downloads' | 'reads';
