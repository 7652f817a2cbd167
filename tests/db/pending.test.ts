import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PaperboyDatabase } from '../../src/db/db';
import { PendingRecords, pendingKeyPaths } from '../../src/db/pending';

describe('pendingKeyPaths', () => {
  it('are the keys and indexes db.ts gives Dexie, store by store', async () => {
    const db = new PaperboyDatabase('pending-schema', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    onTestFinished(() => db.close());
    for (const [store, paths] of Object.entries(pendingKeyPaths)) {
      const schema = db.table(store).schema;
      expect(schema.primKey.keyPath, store).toEqual(paths.key);
      const indexes = Object.fromEntries(
        schema.indexes.map((index) => [index.name, index.keyPath]),
      );
      expect(indexes, store).toEqual(paths.indexes);
    }
  });
});

describe('PendingRecords', () => {
  it('holds records by key, a later one replacing an earlier one, compound keys too', () => {
    const pending = new PendingRecords();
    expect(pending.empty).toBe(true);
    pending.put('a.json', 'articles', [{ slug: 'x', title: 'first' }]);
    pending.put('b.json', 'articles', [{ slug: 'x', title: 'second' }, { slug: 'y' }]);
    pending.put('p.json', 'pages', [{ section: 'news', page: 1 }]);
    expect(pending.get('articles', 'x')).toEqual({ slug: 'x', title: 'second' });
    expect(pending.all('articles')).toHaveLength(2);
    expect(pending.get('pages', ['news', 1])).toEqual({ section: 'news', page: 1 });
    expect(pending.get('pages', ['news', 2])).toBeUndefined();
    expect(pending.get('saved', 'x')).toBeUndefined();
    expect(pending.empty).toBe(false);
  });

  it('drops only records whose document the writer took', () => {
    const pending = new PendingRecords();
    pending.put('site.json', 'site', [{ key: 'site' }]);
    pending.put('news.json', 'articles', [{ slug: 'x' }, { slug: 'y' }]);
    expect(pending.takenKeys()).toEqual([
      ['site', []],
      ['articles', []],
    ]);
    expect(pending.drop('articles', ['x'])).toBe(false);
    pending.taken('news.json');
    expect(pending.takenKeys()).toEqual([
      ['site', []],
      ['articles', ['x', 'y']],
    ]);
    // Put again since, from a document the writer has not taken: it stays.
    pending.put('again.json', 'articles', [{ slug: 'y', title: 'again' }]);
    expect(pending.drop('articles', ['x', 'y'])).toBe(true);
    expect(pending.get('articles', 'x')).toBeUndefined();
    expect(pending.get('articles', 'y')).toEqual({ slug: 'y', title: 'again' });
    expect(pending.get('site', 'site')).toEqual({ key: 'site' });
  });
});
