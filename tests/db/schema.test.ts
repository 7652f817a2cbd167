import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PaperboyDatabase } from '../../src/db/db';
import { indexName, indexPath, keyAt, stores, type KeyPath } from '../../src/db/schema';

describe('the schema', () => {
  it('is what Dexie builds the database with, store by store', async () => {
    const db = new PaperboyDatabase('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    onTestFinished(() => db.close());
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(stores).sort());
    for (const [store, { key, indexes }] of Object.entries(stores)) {
      const schema = db.table(store).schema;
      expect(schema.primKey.keyPath, store).toEqual(key);
      expect(
        Object.fromEntries(
          schema.indexes.map((index) => [index.name, [index.keyPath, index.multi]]),
        ),
        store,
      ).toEqual(
        Object.fromEntries(
          indexes.map((path: KeyPath) => {
            const multi = typeof path === 'string' && path.startsWith('*');
            return [indexName(path), [multi ? path.slice(1) : path, multi]];
          }),
        ),
      );
    }
  });

  it('names indexes as Dexie does and finds their key paths by name', () => {
    expect(indexName('position')).toBe('position');
    expect(indexName(['section', 'published'])).toBe('[section+published]');
    expect(indexName('*keys')).toBe('keys');
    expect(indexPath('articles', '[section+published]')).toEqual(['section', 'published']);
    expect(indexPath('articles', 'readAt')).toBeUndefined();
  });

  it('reads a record’s key, compound or not, and none where a part is missing', () => {
    expect(keyAt({ slug: 'a' }, 'slug')).toBe('a');
    expect(keyAt({ section: 'news', page: 2 }, ['section', 'page'])).toEqual(['news', 2]);
    expect(keyAt({ section: 'news' }, ['section', 'page'])).toBeUndefined();
  });
});
