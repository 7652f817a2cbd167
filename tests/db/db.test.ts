import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PaperboyDatabase, type ArticleRecord } from '../../src/db/db';
import { rawArticle, rawSummary } from '../factories';

/** The database as version 3 of the app left it: when an article was read sat in its record. */
async function storeAsVersion3(deps: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
  const old = new Dexie('upgrade-test', deps);
  old.version(3).stores({
    site: 'key',
    sections: 'slug, position',
    pages: '[section+page]',
    articles: 'slug, [section+published], readAt',
    saved: 'slug, savedAt',
    meta: 'key',
    downloads: 'section, status',
  });
  await old.table('articles').bulkPut([
    { ...rawArticle('read-full'), tags: [], fetchedAt: 1, readAt: 300 },
    { ...rawSummary('read-evicted'), tags: [], readAt: 200 },
    { ...rawSummary('unread'), tags: [] },
  ]);
  await old.table('saved').put({ slug: 'read-full', savedAt: 5 });
  old.close();
}

describe('PaperboyDatabase', () => {
  it('moves when each article was read out of its record, keeping everything else', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    await storeAsVersion3(deps);
    const db = new PaperboyDatabase('upgrade-test', deps);
    onTestFinished(() => db.close());
    await db.open();
    expect(await db.reads.orderBy('readAt').toArray()).toEqual([
      { slug: 'read-evicted', readAt: 200 },
      { slug: 'read-full', readAt: 300 },
    ]);
    const articles = await db.articles.toArray();
    expect(articles.map((record) => record.slug)).toEqual(['read-evicted', 'read-full', 'unread']);
    expect(articles.some((record) => 'readAt' in record)).toBe(false);
    expect(articles.find((record) => record.slug === 'read-full')).toMatchObject({
      html: '<p>Body of read-full.</p>',
      fetchedAt: 1,
    } satisfies Partial<ArticleRecord>);
    expect(db.articles.schema.indexes.map((index) => index.name)).toEqual(['[section+published]']);
    expect(await db.saved.toArray()).toEqual([{ slug: 'read-full', savedAt: 5 }]);
    // Stored before related posts were computed here, they are matched all the same.
    const terms = await db.terms.orderBy('slug').toArray();
    expect(terms.map((record) => record.slug)).toEqual(['read-evicted', 'read-full', 'unread']);
    expect(terms[1]?.keys.map(([term]) => term)).toContain('w:read');
  });

  it('makes a new database with every store, read marks filed by when', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const db = new PaperboyDatabase('fresh-test', deps);
    onTestFinished(() => db.close());
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'articles',
      'downloads',
      'meta',
      'pages',
      'queue',
      'reads',
      'reindex',
      'saved',
      'search',
      'sections',
      'site',
      'terms',
    ]);
    expect(db.reads.schema.indexes.map((index) => index.name)).toEqual(['readAt']);
  });
});
