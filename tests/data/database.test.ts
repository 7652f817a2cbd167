import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { onOutdated, openDatabase } from '../../src/data/database';

describe('openDatabase', () => {
  it('opens IndexedDB when the browser allows it', async () => {
    const { db, problem } = await openDatabase('open-ok', {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    expect(problem).toBeUndefined();
    await db.site.put({ key: 'site' } as never);
    expect(await db.site.count()).toBe(1);
    db.close();
  });

  it('falls back to memory, and says so, when IndexedDB refuses to open', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { db, problem } = await openDatabase('open-refused', {
      indexedDB: refusing,
      IDBKeyRange,
    });
    expect(problem).toBe('unavailable');
    // Still a working store for this visit.
    await db.articles.put({ slug: 'x' } as never);
    expect(await db.articles.count()).toBe(1);
    db.close();
  });
});

describe('onOutdated', () => {
  it('closes an old tab’s database and tells it to reload when a newer version opens', async () => {
    const indexedDB = new IDBFactory();
    const { db: old } = await openDatabase('two-tabs', { indexedDB, IDBKeyRange });
    const notify = vi.fn();
    onOutdated(old, notify);
    const newer = new Dexie('two-tabs', { indexedDB, IDBKeyRange });
    newer.version(old.verno + 1).stores({ extra: 'id' });
    // Opening the newer schema is not blocked by the old tab.
    await newer.open();
    expect(notify).toHaveBeenCalledTimes(1);
    expect(old.isOpen()).toBe(false);
    newer.close();
  });

  it('leaves closed, as it is, a database a newer version upgraded before this tab opened it', async () => {
    const indexedDB = new IDBFactory();
    const { db: current } = await openDatabase('upgraded-first', { indexedDB, IDBKeyRange });
    const newerVersion = current.verno + 1;
    current.close();
    const newer = new Dexie('upgraded-first', { indexedDB, IDBKeyRange });
    // What a newer Paperboy might do: drop a store this code knows, add one it does not.
    newer.version(newerVersion).stores({ extra: 'id', saved: null });
    await newer.open();
    newer.close();
    // This tab's older code gets there after it: Dexie 4 would open it and put back the store.
    const { db: old, problem } = await openDatabase('upgraded-first', { indexedDB, IDBKeyRange });
    expect(problem).toBe('outdated-elsewhere');
    expect(old.isOpen()).toBe(false);
    await expect(old.site.count()).rejects.toThrow();
    const stores = await new Promise<{ version: number; names: string[] }>((resolve) => {
      const request = indexedDB.open('upgraded-first');
      request.onsuccess = () => {
        const { version, objectStoreNames } = request.result;
        request.result.close();
        resolve({ version, names: [...objectStoreNames] });
      };
    });
    expect(stores.version).toBe(newerVersion * 10);
    expect(stores.names).toContain('extra');
    expect(stores.names).not.toContain('saved');
  });

  it('opens a database whose version Dexie adjusted by itself, with no newer app behind it', async () => {
    const indexedDB = new IDBFactory();
    const { db: first } = await openDatabase('adjusted', { indexedDB, IDBKeyRange });
    await first.meta.put({ key: 'kept', value: 1 } as never);
    const nativeVersion = first.backendDB().version;
    first.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('adjusted', nativeVersion + 1);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    const { db, problem } = await openDatabase('adjusted', { indexedDB, IDBKeyRange });
    expect(problem).toBeUndefined();
    expect(await db.meta.get('kept')).toBeDefined();
    db.close();
  });
});
