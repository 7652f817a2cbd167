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
});
