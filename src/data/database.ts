import Dexie from 'dexie';
import { databaseName, PaperboyDatabase } from '../db/db';
import { installedVersion } from '../db/open-existing';
import type { IndexedDBDeps } from '../db/reader';

/** Why the store is not the browser's IndexedDB, in the reader's words. */
export type StorageProblem = 'unavailable' | 'outdated-elsewhere';

export interface OpenedDatabase {
  db: PaperboyDatabase;
  /**
   * 'unavailable' when the store lives in memory only: reading works online, nothing stays.
   * 'outdated-elsewhere' when a newer Paperboy has upgraded it: `db` is closed.
   */
  problem: StorageProblem | undefined;
  /** The in-memory IndexedDB the store lives in, when the browser's was refused. */
  memory?: IndexedDBDeps;
}

/**
 * Opens the app's IndexedDB database. Where the browser refuses (private modes, disabled
 * storage, a broken profile), the app falls back to an in-memory IndexedDB so it still
 * reads online, and says that nothing is kept.
 */
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

/**
 * Opens `db` unless a newer Paperboy has upgraded the database before this tab, still on
 * older code, got to it. Dexie 4 would open it anyway, adapting it to this code's older
 * schema (putting back what the newer one removed), and this code's writes could undo what
 * the newer one moved. Then `db` is closed and stays closed. Dexie keeps the browser's
 * version at ten times its own (plus one where it adjusted a schema by itself), so only a
 * higher tens digit is a newer app.
 */
export async function openUnlessNewer(
  db: PaperboyDatabase,
  factory: IDBFactory,
): Promise<'opened' | 'outdated'> {
  const installed = await installedVersion(factory, db.name);
  if (installed !== undefined && Math.floor(installed / 10) > db.verno) {
    db.close();
    return 'outdated';
  }
  await db.open();
  return 'opened';
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
