import Dexie, { type DexieOptions } from 'dexie';
import { databaseName, PaperboyDatabase } from '../db/db';

/** Why the store is not the browser's IndexedDB, in the reader's words. */
export type StorageProblem = 'unavailable' | 'outdated-elsewhere';

export interface OpenedDatabase {
  db: PaperboyDatabase;
  /** Set when the store lives in memory only: reading works online, nothing stays. */
  problem: StorageProblem | undefined;
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
    const memory = await import('fake-indexeddb');
    const indexedDB = new memory.IDBFactory();
    // Live queries check Dexie's global dependencies, not the database's own options.
    Dexie.dependencies.indexedDB ??= indexedDB;
    Dexie.dependencies.IDBKeyRange ??= memory.IDBKeyRange;
    const db = new PaperboyDatabase(`${name ?? databaseName}-memory`, {
      indexedDB,
      IDBKeyRange: memory.IDBKeyRange,
    });
    await db.open();
    return { db, problem: 'unavailable' };
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
