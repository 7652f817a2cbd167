// @vitest-environment jsdom
import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { markRead } from '../../src/data/articles';
import { runDownload } from '../../src/data/downloads';
import { ingestBatchSize, ingestConcurrency, storeArticles } from '../../src/data/ingest';
import { readArticle, readArticles } from '../../src/data/queries/articles';
import { readDownload } from '../../src/data/queries/storage';
import { setArticleBudget } from '../../src/data/storage';
import { parseArticle } from '../../src/model/article';
import type { Article } from '../../src/model/types';
import {
  articleUrl,
  doc,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  rawSummary,
  siteUrl,
} from '../factories';
import { FakeSource, offline, openTestContext } from './fixtures';

function article(slug: string, overrides: Record<string, unknown> = {}): Article {
  return parseArticle(doc(articleUrl(slug), rawArticle(slug, overrides)));
}

const related = (slug: string, overrides: Record<string, unknown> = {}) =>
  rawSummary(slug, { href: `${slug}.json`, ...overrides });

/**
 * Counts IndexedDB transactions (the fake's, under Dexie) by their mode and stores from now
 * on. Call it before the database opens: the fake binds `transaction` to each connection.
 */
function countTransactions() {
  const opened: { stores: string[]; mode: string }[] = [];
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<typeof open>
  ) {
    const [stores, mode = 'readonly'] = args;
    opened.push({ stores: (typeof stores === 'string' ? [stores] : [...stores]).sort(), mode });
    return open.apply(this, args);
  };
  const restore = () => {
    IDBDatabase.prototype.transaction = open;
  };
  onTestFinished(restore);
  /** Forget what was counted so far (opening the database). */
  const reset = () => void opened.splice(0);
  return { opened, restore, reset };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storeArticles', () => {
  it('stores full articles and their related summaries in one transaction', async () => {
    const counted = countTransactions();
    const { ctx, db, clock } = openTestContext(new FakeSource());
    await db.open();
    counted.reset();
    const batch = [
      article('a-1', { related: [related('a-2'), related('r-1')] }),
      article('a-2', { related: [related('r-1'), related('r-2')] }),
      article('a-3'),
    ];
    const records = await storeArticles(ctx, batch);
    counted.restore();
    expect(counted.opened).toEqual([
      { stores: ['articles', 'downloads', 'reindex', 'terms'], mode: 'readwrite' },
    ]);
    expect(records.map((record) => [record.slug, record.fetchedAt])).toEqual([
      ['a-1', clock.now],
      ['a-2', clock.now],
      ['a-3', clock.now],
    ]);
    const stored = await readArticles(ctx, ['a-1', 'a-2', 'a-3', 'r-1', 'r-2']);
    // a-2 came as a full article and as a related summary: the full article wins.
    expect(stored.map((record) => record?.html !== undefined)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(stored[3]?.title).toBe('Title of r-1');
  });

  it("replaces a stored article whole, without reading it, and keeps the reader's read mark", async () => {
    const { ctx, db, clock } = openTestContext(new FakeSource());
    await storeArticles(ctx, [
      article('a-1', { html: '<p>Old.</p>', updated: '2026-11-27T10:00:00Z' }),
    ]);
    await markRead(ctx, 'a-1');
    clock.now += 5000;
    // Only what is stored under the batch's related slugs may be read; a-1 itself is not.
    const reads: unknown[] = [];
    const get = IDBObjectStore.prototype.get;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof get>
    ) {
      reads.push(args[0]);
      return get.apply(this, args);
    });
    const newer = article('a-1', { html: '<p>New.</p>', related: [related('r-1')] });
    const [record] = await storeArticles(ctx, [newer]);
    spy.mockRestore();
    expect(reads).toEqual(['r-1']);
    // The blog dropped `updated`: the stored copy drops it too.
    expect(record).toEqual({ ...newer, fetchedAt: clock.now });
    expect(record).not.toHaveProperty('updated');
    expect(await readArticle(ctx, 'a-1')).toEqual(record);
    expect(await db.reads.get('a-1')).toMatchObject({ slug: 'a-1', readAt: 1_000_000 });
  });

  it('files an article the blog has since re-dated or moved under its new place only', async () => {
    const { ctx } = openTestContext(new FakeSource());
    const batch = ['a-1', 'a-2', 'a-3'].map((slug, i) =>
      article(slug, { published: `2026-11-2${i}T10:00:00Z` }),
    );
    await storeArticles(ctx, batch);
    await storeArticles(ctx, [
      article('a-2', { published: '2026-10-01T08:00:00Z', html: '<p>Re-dated.</p>' }),
      article('a-3', { section: 'science', published: '2026-11-22T10:00:00Z' }),
    ]);
    const filed = await ctx.db.articles.orderBy('[section+published]').toArray();
    expect(filed.map((record) => [record.section, record.published, record.slug])).toEqual([
      ['science', '2026-11-22T10:00:00Z', 'a-3'],
      ['world-news', '2026-10-01T08:00:00Z', 'a-2'],
      ['world-news', '2026-11-20T10:00:00Z', 'a-1'],
    ]);
  });

  it('replaces a damaged stored record whole', async () => {
    const { ctx, db } = openTestContext(new FakeSource());
    await db.articles.put({ slug: 'a-1', title: 42, html: {}, junk: true } as never);
    const [record] = await storeArticles(ctx, [article('a-1')]);
    expect(record).not.toHaveProperty('junk');
    expect((await readArticle(ctx, 'a-1'))?.title).toBe('Title of a-1');
  });

  it('never lets a related summary replace a stored body, and marks a changed one stale', async () => {
    const { ctx, clock } = openTestContext(new FakeSource());
    await storeArticles(ctx, [
      article('same', { html: '<p>Same.</p>', minutes: 7 }),
      article('changed', { html: '<p>Changed.</p>' }),
    ]);
    clock.now += 1000;
    await storeArticles(ctx, [
      article('a-1', {
        related: [
          related('same', { title: 'Retitled' }),
          related('changed', { updated: '2026-11-27T10:00:00Z' }),
        ],
      }),
    ]);
    const [same, changed] = await readArticles(ctx, ['same', 'changed']);
    expect(same).toMatchObject({
      title: 'Retitled',
      html: '<p>Same.</p>',
      minutes: 7,
      fetchedAt: 1_000_000,
    });
    expect(changed).toMatchObject({ html: '<p>Changed.</p>', fetchedAt: 0 });
  });

  it('stores one record per slug: the last copy of an article that comes twice', async () => {
    const { ctx } = openTestContext(new FakeSource());
    const records = await storeArticles(ctx, [
      article('a-1', { title: 'First copy' }),
      article('a-2'),
      article('a-1', { title: 'Second copy' }),
    ]);
    expect(records.map((record) => [record.slug, record.title])).toEqual([
      ['a-1', 'Second copy'],
      ['a-2', 'Title of a-2'],
      ['a-1', 'Second copy'],
    ]);
    expect(await ctx.db.articles.count()).toBe(2);
  });

  it('writes a download’s progress in the same transaction', async () => {
    const counted = countTransactions();
    const { ctx, db, clock } = openTestContext(new FakeSource());
    await db.downloads.put({
      section: 'world-news',
      status: 'running',
      total: 10,
      done: 2,
      startedAt: 0,
      updatedAt: 0,
    });
    counted.reset();
    await storeArticles(ctx, [article('a-1'), article('a-2')], { section: 'world-news', done: 4 });
    counted.restore();
    expect(counted.opened).toHaveLength(1);
    expect(await readDownload(ctx, 'world-news')).toMatchObject({
      done: 4,
      updatedAt: clock.now,
    });
  });

  it('makes room by the storage policy and retries the batch once when the device is full', async () => {
    const { ctx, clock } = openTestContext(new FakeSource());
    await storeArticles(ctx, [article('old')]);
    await markRead(ctx, 'old');
    clock.now += 1000;
    const put = IDBObjectStore.prototype.put;
    let failures = 1;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      if (failures-- > 0) throw quota();
      return put.apply(this, args);
    });
    const records = await storeArticles(ctx, [article('a-1'), article('a-2')]);
    spy.mockRestore();
    expect(records.map((record) => record.html)).toEqual([
      '<p>Body of a-1.</p>',
      '<p>Body of a-2.</p>',
    ]);
    // Room was made: the least recently read body went.
    expect((await readArticle(ctx, 'old'))?.html).toBeUndefined();
  });

  it('says the device is full when room cannot be made, leaving nothing of the batch', async () => {
    const { ctx } = openTestContext(new FakeSource());
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(
      storeArticles(ctx, [article('a-1', { related: [related('r-1')] }), article('a-2')]),
    ).rejects.toMatchObject({ fault: { kind: 'storage-full' } });
    spy.mockRestore();
    expect(await ctx.db.articles.count()).toBe(0);
  });

  it('says the store was closed under this tab, rather than that something went wrong', async () => {
    const { ctx } = openTestContext(new FakeSource());
    ctx.db.close();
    await expect(storeArticles(ctx, [article('a-1')])).rejects.toMatchObject({
      fault: { kind: 'storage-closed' },
    });
  });

  it('does nothing for an empty batch', async () => {
    const counted = countTransactions();
    const { ctx, db } = openTestContext(new FakeSource());
    await db.open();
    counted.reset();
    expect(await storeArticles(ctx, [])).toEqual([]);
    counted.restore();
    expect(counted.opened).toEqual([]);
  });
});

/** A blog whose section has `count` articles over pages of 15, fetched with a little delay. */
class SlowSource extends FakeSource {
  inFlight = 0;
  maxInFlight = 0;
  onArticle: (url: string) => void = () => {};

  override async article(href: string) {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.onArticle(href);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return await super.article(href);
    } finally {
      this.inFlight -= 1;
    }
  }
}

function bigSection(count: number) {
  const slugs = Array.from({ length: count }, (_, i) => `story-${i + 1}`);
  const perPage = 15;
  const pages = Math.ceil(count / perPage);
  const source = new SlowSource({ [siteUrl]: rawSite() });
  for (let page = 1; page <= pages; page += 1) {
    const onPage = slugs.slice((page - 1) * perPage, page * perPage);
    source.set(pageUrl('world-news', page), rawPage('world-news', page, pages, onPage));
  }
  for (const slug of slugs) source.set(articleUrl(slug), rawArticle(slug));
  return { ...openTestContext(source), slugs, source };
}

const storedBodies = async (ctx: ReturnType<typeof bigSection>['ctx']) =>
  (await ctx.db.articles.filter((a) => a.html !== undefined).primaryKeys()).length;

describe('batched section downloads', () => {
  // Two full batches and a short one.
  const count = ingestBatchSize * 2 + 5;

  it('stores each batch of articles, with its progress, in one transaction', async () => {
    const counted = countTransactions();
    const { ctx, slugs, source } = bigSection(count);
    await runDownload(ctx, 'world-news', new AbortController().signal);
    counted.restore();
    const batches = counted.opened.filter(
      (t) => t.mode === 'readwrite' && t.stores.join() === 'articles,downloads,reindex,terms',
    );
    expect(batches).toHaveLength(3);
    expect(await storedBodies(ctx)).toBe(count);
    expect(source.maxInFlight).toBeGreaterThan(1);
    expect(source.maxInFlight).toBeLessThanOrEqual(ingestConcurrency);
    expect(await readDownload(ctx, 'world-news')).toMatchObject({
      status: 'done',
      done: count,
      total: count,
    });
    expect(source.requests.filter((url) => url.includes('/articles/'))).toEqual(
      slugs.map(articleUrl),
    );
  });

  it('writes progress as each batch is stored', async () => {
    const { ctx, source } = bigSection(count);
    const seen = new Set<number>();
    source.onArticle = () => {
      void readDownload(ctx, 'world-news').then((d) => d && seen.add(d.done));
    };
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(seen).toContain(ingestBatchSize);
    expect([...seen].every((done) => done % ingestBatchSize === 0)).toBe(true);
  });

  it('ends a batch early when its fetches are slow, so progress still shows', async () => {
    const counted = countTransactions();
    const { ctx, source, clock } = bigSection(12);
    // Every fetch takes 300 ms of the test clock, longer than a batch may keep filling.
    source.onArticle = () => void (clock.now += 300);
    await runDownload(ctx, 'world-news', new AbortController().signal);
    counted.restore();
    const batches = counted.opened.filter(
      (t) => t.mode === 'readwrite' && t.stores.join() === 'articles,downloads,reindex,terms',
    );
    expect(batches.length).toBeGreaterThan(1);
    expect(await storedBodies(ctx)).toBe(12);
  });

  it('pauses on a failed fetch in a batch, keeping the articles before it, and resumes', async () => {
    const { ctx, source, slugs } = bigSection(count);
    const failing = ingestBatchSize + 27;
    source.set(articleUrl(`story-${failing}`), offline(articleUrl(`story-${failing}`)));
    await expect(runDownload(ctx, 'world-news', new AbortController().signal)).rejects.toBeTruthy();
    expect(await readDownload(ctx, 'world-news')).toMatchObject({
      status: 'paused',
      done: failing - 1,
      total: count,
      problem: 'You are offline',
    });
    expect(await storedBodies(ctx)).toBe(failing - 1);
    source.set(articleUrl(`story-${failing}`), rawArticle(`story-${failing}`));
    source.requests.length = 0;
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(source.requests.filter((url) => url.includes('/articles/'))).toEqual(
      slugs.slice(failing - 1).map(articleUrl),
    );
    expect(await readDownload(ctx, 'world-news')).toMatchObject({ status: 'done', done: count });
  });

  it('stops starting fetches when cancelled, keeping what arrived', async () => {
    const { ctx, source } = bigSection(count);
    const controller = new AbortController();
    const last = ingestBatchSize + 10;
    source.onArticle = (url) => {
      if (url === articleUrl(`story-${last}`)) controller.abort();
    };
    await expect(runDownload(ctx, 'world-news', controller.signal)).rejects.toBeTruthy();
    const download = await readDownload(ctx, 'world-news');
    expect(download?.status).toBe('cancelled');
    expect(download?.done).toBe(await storedBodies(ctx));
    expect(download?.done).toBeGreaterThanOrEqual(ingestBatchSize);
    const fetched = source.requests.filter((url) => url.includes('/articles/')).length;
    expect(fetched).toBeLessThanOrEqual(last + ingestConcurrency);
  });

  it('warms every stored article’s pictures', async () => {
    const { ctx, source, images } = bigSection(3);
    source.set(
      articleUrl('story-2'),
      rawArticle('story-2', { image: { src: '../images/two.svg', alt: '' } }),
    );
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(images.warmed).toEqual(['https://blog.example/content/images/two.svg']);
  });

  it('applies the storage policy once the download stops, sparing the downloaded section', async () => {
    const { ctx } = bigSection(30);
    await storeArticles(ctx, [article('elsewhere', { section: 'science' })]);
    await setArticleBudget(ctx, 10);
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(await storedBodies(ctx)).toBe(30);
    expect((await readArticle(ctx, 'elsewhere'))?.html).toBeUndefined();
  });
});
