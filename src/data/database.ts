import type { DexieOptions } from 'dexie';
import { PaperboyDatabase } from '../db/db';

/** Why the store is not the browser's IndexedDB, in the reader's words. */
export type StorageProblem = 'unavailable' | 'outdated-elsewhere';

export interface OpenedDatabase {
  db: PaperboyDatabase;
  /** Set when the browser's IndexedDB cannot be used. */
  problem: StorageProblem | undefined;
}

/**
 * Opens the app's IndexedDB database. Where the browser refuses (private modes, disabled
 * storage, a broken profile) the problem is reported, so the reader is told why nothing is
 * kept; reading still needs the store today (an in-memory fallback is future work).
 */
export async function openDatabase(name?: string, options?: DexieOptions): Promise<OpenedDatabase> {
  const db = new PaperboyDatabase(name, options);
  try {
    await db.open();
    return { db, problem: undefined };
  } catch (error) {
    console.warn('Paperboy cannot use IndexedDB.', error);
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
