import Dexie, { type DexieOptions } from 'dexie';
import { databaseName, PaperboyDatabase } from '../db/db';
import type { IndexedDBDeps } from '../db/reader';

/** Why the store is not the browser's IndexedDB, in the reader's words. */
export type StorageProblem = 'unavailable' | 'outdated-elsewhere';

export interface OpenedDatabase {
  db: PaperboyDatabase;
  /** Set when the store lives in memory only: reading works online, nothing stays. */
  problem: StorageProblem | undefined;
  /** The in-memory IndexedDB the store lives in, when the browser's was refused. */
  memory?: IndexedDBDeps;
}

/**
 * Opens the app's IndexedDB database. Where the browser refuses (private modes, disabled
 * storage, a broken profile), the app falls back to an in-memory IndexedDB so it still
 * reads online, and says that nothing is kept.
 */
export async function openDatabase(name?: string, options?: DexieOptions): Promise<OpenedDatabase> {
  try {
    const db = new PaperboyDatabase(name, options);
    await db.open();
    return { db, problem: undefined };
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

/**
 * Another tab opened a newer version of the database: this tab's copy is closed (Dexie does
 * so on versionchange, so the other tab is never blocked) and the reader is asked to reload.
 */
export function onOutdated(db: PaperboyDatabase, notify: () => void): void {
  db.on('versionchange', () => {
    db.close();
    notify();
    return false;
  });
}
