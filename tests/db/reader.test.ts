import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { PaperboyDatabase, type ArticleRecord } from '../../src/db/db';
import { StoreReader } from '../../src/db/reader';
import { rawSummary } from '../factories';

function setup() {
  const indexedDB = new IDBFactory();
  const db = new PaperboyDatabase('reader-test', { indexedDB, IDBKeyRange });
  const reader = new StoreReader({ indexedDB, IDBKeyRange }, 'reader-test');
  onTestFinished(() => {
    reader.close();
    db.close();
  });
  return { indexedDB, db, reader };
}

const summary = (slug: string, section: string, published: string) =>
  ({ ...rawSummary(slug, { section, published }), tags: [] }) as unknown as ArticleRecord;

describe('StoreReader', () => {
  it('finds nothing, and creates nothing, before the app has made its database', async () => {
    const { indexedDB, reader } = setup();
    expect(await reader.get('site', 'site')).toBeUndefined();
    expect(await reader.all('articles')).toEqual([]);
    expect(await reader.getMany('articles', ['a', 'b'])).toEqual([undefined, undefined]);
    expect(await reader.count('saved')).toBe(0);
    expect((await indexedDB.databases()).map((info) => info.name)).toEqual([]);
  });

  it('does not try to open the database before Dexie has made it, and opens it once made', async () => {
    const { indexedDB, db, reader } = setup();
    const open = vi.spyOn(indexedDB, 'open');
    reader.warm();
    expect(await reader.get('site', 'site')).toBeUndefined();
    expect(await reader.keys('saved')).toEqual([]);
    expect(open).not.toHaveBeenCalled();
    await db.saved.put({ slug: 'kept', savedAt: 1 });
    open.mockClear();
    expect(await reader.keys('saved')).toEqual(['kept']);
    expect(await reader.count('saved')).toBe(1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('reads what Dexie wrote, in key order or newest first from an index', async () => {
    const { db, reader } = setup();
    await db.articles.bulkPut([
      summary('old', 'science', '2026-01-01T00:00:00Z'),
      summary('new', 'science', '2026-03-01T00:00:00Z'),
      summary('mid', 'science', '2026-02-01T00:00:00Z'),
      summary('other', 'sport', '2026-04-01T00:00:00Z'),
    ]);
    const newest = await reader.all<{ slug: string }>('articles', {
      index: '[section+published]',
      lower: ['science'],
      upper: ['science', []],
      reverse: true,
      limit: 2,
    });
    expect(newest.map((record) => record.slug)).toEqual(['new', 'mid']);
    const many = await reader.getMany<{ slug: string }>('articles', ['mid', 'nope', 'old']);
    expect(many.map((record) => record?.slug)).toEqual(['mid', undefined, 'old']);
    expect(await reader.keys('articles')).toEqual(['mid', 'new', 'old', 'other']);
    expect(
      await reader.countWhere<{ section: string }>('articles', (a) => a.section === 'sport'),
    ).toBe(1);
  });

  it('steps aside when a newer version of the database opens, and reads on afterwards', async () => {
    const { indexedDB, db, reader } = setup();
    await db.saved.put({ slug: 'kept', savedAt: 1 });
    expect(await reader.keys('saved')).toEqual(['kept']);
    db.close();
    // A later app version upgrades the schema: the reader's open connection must not block it.
    const next = new PaperboyDatabase('reader-test', { indexedDB, IDBKeyRange });
    next.version(20).stores({ notes: 'id' });
    await next.open();
    onTestFinished(() => next.close());
    expect(next.verno).toBe(20);
    expect(await reader.keys('saved')).toEqual(['kept']);
  });
});
