import Dexie from 'dexie';
import { databaseName, PaperboyDatabase } from '../db/db';
import { installedVersion } from '../db/open-existing';
import type { IndexedDBDeps } from '../db/reader';

/** Why the store is not the browser's IndexedDB, in the reader's words. */
export type StorageProblem = 'unavailable' | 'outdated-elsewhere';

export interface OpenedDatabase {
  db: PaperboyDatabase;
  /** 'unavailable': in memory, nothing stays; 'outdated-elsewhere': upgraded by a newer app. */
  problem: StorageProblem | undefined;
  memory?: IndexedDBDeps;
}

/** Where the browser refuses (private modes, a broken profile), memory, so reading online works. */
export async function openDatabase(name?: string, deps?: IndexedDBDeps): Promise<OpenedDatabase> {
  try {
    const db = new PaperboyDatabase(name, deps);
    const opened = await openUnlessNewer(db, deps?.indexedDB ?? indexedDB);
    return { db, problem: opened === 'outdated' ? 'outdated-elsewhere' : undefined };
  } catch (error) {
    console.warn('Paperboy cannot use IndexedDB; reading from memory only.', error);
    const fake = await import('fake-indexeddb');
    const memory = { indexedDB: new fake.IDBFactory(), IDBKeyRange: fake.IDBKeyRange };
    // Dexie's cross-tab change events check its global dependencies, not the database's options.
    Dexie.dependencies.indexedDB ??= memory.indexedDB;
    Dexie.dependencies.IDBKeyRange ??= memory.IDBKeyRange;
    const db = new PaperboyDatabase(`${name ?? databaseName}-memory`, memory);
    await db.open();
    return { db, problem: 'unavailable', memory };
  }
}

/** Not where a newer Paperboy upgraded it: Dexie would adapt it back to this older schema. */
export async function openUnlessNewer(
  db: PaperboyDatabase,
  factory: IDBFactory,
): Promise<'opened' | 'outdated'> {
  const installed = await installedVersion(factory, db.name);
  // Dexie stores ten times its version (plus one if it adjusted a schema): compare the tens.
  if (installed !== undefined && Math.floor(installed / 10) > db.verno) {
    db.close();
    return 'outdated';
  }
  await db.open();
  return 'opened';
}

/** Another tab opens a newer version: close at once, so it is never blocked, and ask to reload. */
export function onOutdated(db: PaperboyDatabase, notify: () => void): void {
  db.on('versionchange', () => {
    db.close();
    notify();
    return false;
  });
}
