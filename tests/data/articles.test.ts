import { describe, expect, it, vi } from 'vitest';
import { keepReadingPosition, markRead, syncArticle } from '../../src/data/articles';
import {
  readArticle,
  readContinueReading,
  readReadingPosition,
} from '../../src/data/queries/articles';
import { syncSectionPage } from '../../src/data/sections';
import { isContentError } from '../../src/sources/errors';
import {
  articleUrl,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  rawSummary,
  siteUrl,
} from '../factories';
import { FakeSource, serverError, openTestContext } from './fixtures';

function blog() {
  return new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['harbour-strike', 'bridge-opens']),
    [articleUrl('harbour-strike')]: rawArticle('harbour-strike', {
      html: '<p>Cranes stood still.</p>',
      related: [rawSummary('bridge-opens', { href: 'bridge-opens.json' })],
    }),
    [articleUrl('bridge-opens')]: rawArticle('bridge-opens'),
  });
}

function setup(source = blog()) {
  return openTestContext(source);
}

describe('syncArticle', () => {
  it('fetches an article known only by its slug through the site template and stores it', async () => {
    const { ctx, source } = setup();
    const stored = await syncArticle(ctx, 'harbour-strike');
    expect(source.requests).toEqual([siteUrl, articleUrl('harbour-strike')]);
    expect(stored.html).toBe('<p>Cranes stood still.</p>');
    expect((await readArticle(ctx, 'harbour-strike'))?.title).toBe('Title of harbour-strike');
  });

  it('uses the href of a stored summary instead of the template', async () => {
    const { ctx, source } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    source.requests.length = 0;
    await syncArticle(ctx, 'bridge-opens');
    expect(source.requests).toEqual([articleUrl('bridge-opens')]);
  });

  it('stores related posts as summaries without their bodies, in the same write', async () => {
    const { ctx } = setup();
    await syncArticle(ctx, 'harbour-strike');
    const related = await readArticle(ctx, 'bridge-opens');
    expect(related?.title).toBe('Title of bridge-opens');
    expect(related?.html).toBeUndefined();
    expect((await readArticle(ctx, 'harbour-strike'))?.related?.map((r) => r.slug)).toEqual([
      'bridge-opens',
    ]);
  });

  it('answers a fresh stored article from the store without a request', async () => {
    const { ctx, source, clock } = setup();
    await syncArticle(ctx, 'harbour-strike');
    source.requests.length = 0;
    clock.now += 30_000;
    await syncArticle(ctx, 'harbour-strike');
    expect(source.requests).toEqual([]);
  });

  it('refreshes a stale article when online, and not when offline', async () => {
    const { ctx, source, clock } = setup();
    await syncArticle(ctx, 'harbour-strike');
    source.requests.length = 0;
    clock.now += 120_000;
    clock.online = false;
    await syncArticle(ctx, 'harbour-strike');
    expect(source.requests).toEqual([]);
    clock.online = true;
    source.set(
      articleUrl('harbour-strike'),
      rawArticle('harbour-strike', { html: '<p>New text.</p>' }),
    );
    await syncArticle(ctx, 'harbour-strike');
    expect((await readArticle(ctx, 'harbour-strike'))?.html).toBe('<p>New text.</p>');
  });

  it('keeps the stored article when a refresh fails', async () => {
    const { ctx, source, clock } = setup();
    await syncArticle(ctx, 'harbour-strike');
    const before = await readArticle(ctx, 'harbour-strike');
    clock.now += 120_000;
    source.set(articleUrl('harbour-strike'), serverError(articleUrl('harbour-strike')));
    await expect(syncArticle(ctx, 'harbour-strike')).rejects.toSatisfy(isContentError);
    expect(await readArticle(ctx, 'harbour-strike')).toEqual(before);
  });

  it('keeps the stored article when a refresh returns an invalid document', async () => {
    const { ctx, source, clock } = setup();
    await syncArticle(ctx, 'harbour-strike');
    const before = await readArticle(ctx, 'harbour-strike');
    clock.now += 120_000;
    source.set(articleUrl('harbour-strike'), rawArticle('harbour-strike', { title: '' }));
    await expect(syncArticle(ctx, 'harbour-strike', { force: true })).rejects.toMatchObject({
      fault: { kind: 'invalid', path: 'title' },
    });
    expect(await readArticle(ctx, 'harbour-strike')).toEqual(before);
  });

  it('refuses a document whose slug is not the one asked for, storing nothing', async () => {
    const { ctx, source } = setup();
    source.set(articleUrl('harbour-strike'), rawArticle('something-else'));
    await expect(syncArticle(ctx, 'harbour-strike')).rejects.toMatchObject({
      fault: { kind: 'invalid', path: 'slug' },
    });
    expect(await ctx.db.articles.count()).toBe(0);
  });

  it('reports an unknown slug as not found and stores nothing', async () => {
    const { ctx } = setup();
    await expect(syncArticle(ctx, 'no-such-story')).rejects.toMatchObject({
      fault: { kind: 'http', status: 404 },
    });
    expect(await readArticle(ctx, 'no-such-story')).toBeUndefined();
  });

  it('shares one request between callers asking at the same time', async () => {
    const { ctx, source } = setup();
    await Promise.all([syncArticle(ctx, 'bridge-opens'), syncArticle(ctx, 'bridge-opens')]);
    expect(source.requests.filter((url) => url === articleUrl('bridge-opens'))).toHaveLength(1);
  });

  it('writes the article and its related summaries in one transaction', async () => {
    const { ctx, db } = setup();
    let transactions = 0;
    const open = db.transaction.bind(db);
    db.transaction = ((...args: Parameters<typeof open>) => {
      transactions += 1;
      return open(...args);
    }) as typeof db.transaction;
    await syncArticle(ctx, 'harbour-strike');
    // The site (for the template); the article with its related posts; the storage policy.
    expect(transactions).toBe(3);
  });
});

describe('markRead', () => {
  it('records when the article was read', async () => {
    const { ctx, clock } = setup();
    await syncArticle(ctx, 'harbour-strike');
    clock.now = 5_000_000;
    await markRead(ctx, 'harbour-strike');
    // With what the history names it by, should the article itself go.
    expect(await ctx.db.reads.get('harbour-strike')).toEqual({
      slug: 'harbour-strike',
      readAt: 5_000_000,
      title: 'Title of harbour-strike',
      section: 'world-news',
    });
  });
});

describe('storage faults', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('makes room by the storage policy and retries once when the device is full', async () => {
    const { ctx, db, clock } = setup();
    await syncArticle(ctx, 'bridge-opens');
    await markRead(ctx, 'bridge-opens');
    clock.now += 1000;
    // An article is stored with its related posts in one bulk write (src/data/ingest.ts).
    const bulkPut = db.articles.bulkPut.bind(db.articles);
    let failures = 1;
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      if (failures-- > 0) throw quota();
      return bulkPut(...args);
    }) as typeof bulkPut);
    const stored = await syncArticle(ctx, 'harbour-strike');
    expect(stored.html).toBe('<p>Cranes stood still.</p>');
    // Room was made: the least recently read body went.
    expect((await readArticle(ctx, 'bridge-opens'))?.html).toBeUndefined();
  });

  it('says the device is full when room cannot be made, leaving nothing half-written', async () => {
    const { ctx, db } = setup();
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => {
      throw quota();
    });
    await expect(syncArticle(ctx, 'harbour-strike')).rejects.toMatchObject({
      fault: { kind: 'storage-full' },
    });
    // Neither the article nor its related posts (same transaction) were stored.
    expect(await db.articles.count()).toBe(0);
  });

  it('treats a damaged stored record as missing and fetches the article again', async () => {
    const { ctx, db, source } = setup();
    await db.articles.put({ slug: 'harbour-strike', title: 42, html: {} } as never);
    expect(await readArticle(ctx, 'harbour-strike')).toBeUndefined();
    const stored = await syncArticle(ctx, 'harbour-strike');
    expect(stored.title).toBe('Title of harbour-strike');
    expect(source.requests).toContain(articleUrl('harbour-strike'));
    expect((await readArticle(ctx, 'harbour-strike'))?.html).toBe('<p>Cranes stood still.</p>');
  });
});

describe('reading positions', () => {
  it('keeps how far an article was read, which opening it again leaves alone', async () => {
    const { ctx, db } = setup();
    await keepReadingPosition(ctx, 'harbour-strike', 0.4);
    expect(await readReadingPosition(ctx, 'harbour-strike')).toBe(0.4);
    await markRead(ctx, 'harbour-strike');
    expect(await db.reads.get('harbour-strike')).toMatchObject({ position: 0.4 });
    await markRead(ctx, 'bridge-opens');
    expect(await db.reads.get('bridge-opens')).toEqual({ slug: 'bridge-opens', readAt: 1_000_000 });
    expect(await readReadingPosition(ctx, 'bridge-opens')).toBeUndefined();
  });

  it('keeps a position between the top and the end, and ignores one that is no number', async () => {
    const { ctx } = setup();
    await keepReadingPosition(ctx, 'harbour-strike', 1.7);
    expect(await readReadingPosition(ctx, 'harbour-strike')).toBe(1);
    await keepReadingPosition(ctx, 'harbour-strike', Number.NaN);
    expect(await readReadingPosition(ctx, 'harbour-strike')).toBe(1);
    await keepReadingPosition(ctx, 'harbour-strike', -3);
    expect(await readReadingPosition(ctx, 'harbour-strike')).toBe(0);
  });

  it('lists articles left part-way, most recently read first', async () => {
    const listed = ['harbour-strike', 'bridge-opens', 'never-scrolled', 'finished'];
    const { ctx, clock } = setup(
      new FakeSource({
        [siteUrl]: rawSite(),
        [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, listed),
      }),
    );
    await syncSectionPage(ctx, 'world-news', 1);
    await keepReadingPosition(ctx, 'harbour-strike', 0.3);
    clock.now += 1_000;
    await keepReadingPosition(ctx, 'bridge-opens', 0.6);
    clock.now += 1_000;
    // Opened but not scrolled, and read to the end: neither is left part-way.
    await markRead(ctx, 'never-scrolled');
    await keepReadingPosition(ctx, 'finished', 0.99);
    const found = await readContinueReading(ctx, 5);
    expect(found.map(({ article, position }) => [article.slug, position])).toEqual([
      ['bridge-opens', 0.6],
      ['harbour-strike', 0.3],
    ]);
    expect(await readContinueReading(ctx, 1)).toHaveLength(1);
  });
});
