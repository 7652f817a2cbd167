import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PaperboyDatabase, type ArticleRecord } from '../../../src/db/db';
import { PendingRecords } from '../../../src/data/first-visit/pending';
import { PendingReader } from '../../../src/data/first-visit/pending-reader';
import { StoreReader } from '../../../src/db/reader';
import { rawSummary } from '../../factories';

function setup() {
  const indexedDB = new IDBFactory();
  const db = new PaperboyDatabase('pending-reader', { indexedDB, IDBKeyRange });
  const stored = new StoreReader({ indexedDB, IDBKeyRange }, 'pending-reader');
  const pending = new PendingRecords();
  const reader = new PendingReader(stored, pending, (a, b) => indexedDB.cmp(a, b));
  onTestFinished(() => {
    stored.close();
    db.close();
  });
  return { db, pending, reader };
}

const summary = (slug: string, section: string, published: string, extra = {}) =>
  ({ ...rawSummary(slug, { section, published }), tags: [], ...extra }) as unknown as ArticleRecord;

const newestIn = (section: string, limit?: number) => ({
  index: '[section+published]',
  lower: [section],
  upper: [section, []],
  reverse: true,
  ...(limit ? { limit } : {}),
});

const slugs = (records: { slug: string }[]) => records.map((record) => record.slug);

describe('PendingReader', () => {
  it('reads pending records while nothing is stored, not even the database', async () => {
    const { pending, reader } = setup();
    pending.put('site.json', 'site', [{ key: 'site', title: 'Blog' }]);
    pending.put('news.json', 'articles', [
      summary('old', 'news', '2026-01-01T00:00:00Z'),
      summary('new', 'news', '2026-03-01T00:00:00Z'),
      summary('elsewhere', 'sport', '2026-04-01T00:00:00Z'),
    ]);
    expect(await reader.get('site', 'site')).toEqual({ key: 'site', title: 'Blog' });
    expect(slugs(await reader.all('articles', newestIn('news')))).toEqual(['new', 'old']);
    expect(slugs(await reader.all('articles', newestIn('news', 1)))).toEqual(['new']);
    expect(slugs(await reader.all('articles'))).toEqual(['elsewhere', 'new', 'old']);
    expect(await reader.keys('articles')).toEqual(['elsewhere', 'new', 'old']);
    expect(
      (await reader.getMany<ArticleRecord>('articles', ['old', 'none'])).map((r) => r?.slug),
    ).toEqual(['old', undefined]);
    // Counts size the store: pending records are not in it.
    expect(await reader.count('articles')).toBe(0);
  });

  it('merges stored and pending records in index order, the stored copy winning wherever it sorts', async () => {
    const { db, pending, reader } = setup();
    await db.articles.bulkPut([
      summary('stored-mid', 'news', '2026-02-01T00:00:00Z'),
      summary('both', 'news', '2026-01-01T00:00:00Z', { title: 'Stored title' }),
    ]);
    pending.put('news.json', 'articles', [
      summary('pending-new', 'news', '2026-03-01T00:00:00Z'),
      summary('both', 'news', '2026-05-01T00:00:00Z', { title: 'Pending title' }),
    ]);
    const newest = await reader.all<ArticleRecord>('articles', newestIn('news'));
    expect(slugs(newest)).toEqual(['pending-new', 'stored-mid', 'both']);
    expect(newest.at(-1)?.title).toBe('Stored title');
    expect(slugs(await reader.all('articles', newestIn('news', 2)))).toEqual([
      'pending-new',
      'stored-mid',
    ]);
    expect((await reader.get<ArticleRecord>('articles', 'both'))?.title).toBe('Stored title');
    expect(await reader.keys('articles')).toEqual(['both', 'pending-new', 'stored-mid']);
  });

  it('lists a pending record in an index only when it has a key there, as IndexedDB does', async () => {
    const { pending, reader } = setup();
    pending.put('a.json', 'articles', [
      summary('dated', 'news', '2026-01-01T00:00:00Z'),
      summary('undated', 'news', '2026-01-02T00:00:00Z', { published: undefined }),
    ]);
    expect(slugs(await reader.all('articles', newestIn('news')))).toEqual(['dated']);
  });

  it('reads compound primary keys and plain indexes of other stores', async () => {
    const { db, pending, reader } = setup();
    await db.pages.put({ section: 'news', page: 2, pages: 2, url: 'u2', slugs: [], fetchedAt: 1 });
    pending.put('p1.json', 'pages', [
      { section: 'news', page: 1, pages: 2, url: 'u1', slugs: ['a'], fetchedAt: 2 },
      { section: 'sport', page: 1, pages: 1, url: 'u3', slugs: [], fetchedAt: 2 },
    ]);
    const news = await reader.all<{ page: number }>('pages', {
      lower: ['news'],
      upper: ['news', []],
    });
    expect(news.map((page) => page.page)).toEqual([1, 2]);
    pending.put('site.json', 'sections', [
      { slug: 'b', position: 0 },
      { slug: 'a', position: 1 },
    ]);
    const sections = await reader.all<{ slug: string }>('sections', { index: 'position' });
    expect(slugs(sections)).toEqual(['b', 'a']);
  });
});
