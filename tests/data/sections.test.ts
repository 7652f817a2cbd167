import { describe, expect, it, vi } from 'vitest';
import { syncArticle } from '../../src/data/articles';
import {
  readFrontPage,
  readNewestInSection,
  readSectionList,
} from '../../src/data/queries/sections';
import { syncSectionPage } from '../../src/data/sections';
import { parseSectionPage } from '../../src/model/section';
import {
  pageUrl,
  rawPage,
  rawSite,
  rawSummary,
  siteUrl,
  articleUrl,
  rawArticle,
} from '../factories';
import { FakeSource, offline, openTestContext } from './fixtures';

const slugs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);

function blog() {
  return new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 3, slugs('w', 3)),
    [pageUrl('world-news', 2)]: rawPage('world-news', 2, 3, slugs('w', 6).slice(3)),
    [pageUrl('world-news', 3)]: rawPage('world-news', 3, 3, ['w-7']),
    [pageUrl('science', 1)]: rawPage('science', 1, 1, ['s-1']),
  });
}

function setup(source = blog()) {
  return openTestContext(source);
}

describe('section pages', () => {
  it('stores page 1 and lists its articles in the blog’s order', async () => {
    const { ctx } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    const list = await readSectionList(ctx, 'world-news', 1);
    expect(list?.articles.map((a) => a.slug)).toEqual(['w-1', 'w-2', 'w-3']);
    expect(list?.hasOlder).toBe(true);
  });

  it('follows next links to reach page 3, and shows pages 1..n with nothing older after the last', async () => {
    const { ctx, source } = setup();
    await syncSectionPage(ctx, 'world-news', 3);
    expect(source.requests).toEqual([
      siteUrl,
      pageUrl('world-news', 1),
      pageUrl('world-news', 2),
      pageUrl('world-news', 3),
    ]);
    const list = await readSectionList(ctx, 'world-news', 3);
    expect(list?.articles.map((a) => a.slug)).toEqual(slugs('w', 7));
    expect(list).toMatchObject({ pages: 3, hasOlder: false });
  });

  it('shows only pages 1..n that are stored without a gap', async () => {
    const { ctx } = setup();
    await syncSectionPage(ctx, 'world-news', 2);
    await ctx.db.pages.delete(['world-news', 1]);
    expect(await readSectionList(ctx, 'world-news', 2)).toBeUndefined();
  });

  it('refuses a page that belongs to another section and keeps what was stored', async () => {
    const { ctx, source, clock } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    const before = await readSectionList(ctx, 'world-news', 1);
    source.set(pageUrl('world-news', 1), rawPage('science', 1, 1, ['s-9']));
    clock.now += 120_000;
    await expect(syncSectionPage(ctx, 'world-news', 1)).rejects.toMatchObject({
      fault: { kind: 'invalid', path: 'section' },
    });
    expect(await readSectionList(ctx, 'world-news', 1)).toEqual(before);
  });

  it('keeps the stored list when the network fails', async () => {
    const { ctx, source, clock } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    const before = await readSectionList(ctx, 'world-news', 1);
    source.set(pageUrl('world-news', 1), offline(pageUrl('world-news', 1)));
    clock.now += 120_000;
    await expect(syncSectionPage(ctx, 'world-news', 1, { force: true })).rejects.toMatchObject({
      fault: { kind: 'offline' },
    });
    expect(await readSectionList(ctx, 'world-news', 1)).toEqual(before);
  });

  it('skips one bad summary and keeps the rest of the page', async () => {
    const { ctx, source } = setup();
    const page = rawPage('science', 1, 1, ['s-1', 's-2']);
    (page.articles as Record<string, unknown>[]).splice(
      1,
      0,
      rawSummary('BAD SLUG', { section: 'science' }),
    );
    source.set(pageUrl('science', 1), page);
    await syncSectionPage(ctx, 'science', 1);
    expect((await readSectionList(ctx, 'science', 1))?.articles.map((a) => a.slug)).toEqual([
      's-1',
      's-2',
    ]);
  });

  it('does not erase a stored body when a page refresh brings the summary again', async () => {
    const { ctx, source } = setup();
    source.set(
      articleUrl('s-1'),
      rawArticle('s-1', { section: 'science', html: '<p>Full text.</p>' }),
    );
    await syncSectionPage(ctx, 'science', 1);
    await syncArticle(ctx, 's-1');
    await syncSectionPage(ctx, 'science', 1, { force: true });
    const stored = await ctx.db.articles.get('s-1');
    expect(stored?.html).toBe('<p>Full text.</p>');
    expect(stored?.fetchedAt).toBeGreaterThan(0);
  });

  it('marks a stored body stale (kept, refetched when next opened) when the summary says it was updated', async () => {
    const { ctx, source } = setup();
    source.set(articleUrl('s-1'), rawArticle('s-1', { section: 'science' }));
    await syncSectionPage(ctx, 'science', 1);
    await syncArticle(ctx, 's-1');
    const updated = rawPage('science', 1, 1, []);
    updated.articles = [rawSummary('s-1', { section: 'science', updated: '2026-11-28T10:00:00Z' })];
    source.set(pageUrl('science', 1), updated);
    await syncSectionPage(ctx, 'science', 1, { force: true });
    const stored = await ctx.db.articles.get('s-1');
    expect(stored?.html).toBe('<p>Body of s-1.</p>');
    expect(stored?.fetchedAt).toBe(0);
  });

  it('forgets pages past the new last page when a section shrinks', async () => {
    const { ctx, source } = setup();
    await syncSectionPage(ctx, 'world-news', 3);
    source.set(pageUrl('world-news', 1), rawPage('world-news', 1, 1, slugs('w', 3)));
    await syncSectionPage(ctx, 'world-news', 1, { force: true });
    expect(await ctx.db.pages.count()).toBe(1);
    expect((await readSectionList(ctx, 'world-news', 3))?.hasOlder).toBe(false);
  });

  it('answers an unknown section as not found', async () => {
    const { ctx } = setup();
    await expect(syncSectionPage(ctx, 'gardening', 1)).rejects.toMatchObject({
      fault: { kind: 'http', status: 404 },
    });
  });
});

describe('readNewestInSection', () => {
  it('returns the newest articles of one section by publication date, from the index', async () => {
    const { ctx } = setup();
    await ctx.db.articles.bulkPut([
      { ...rawSummary('old'), href: 'x', tags: [], published: '2026-01-01T00:00:00Z' },
      { ...rawSummary('new'), href: 'x', tags: [], published: '2026-11-01T00:00:00Z' },
      { ...rawSummary('mid'), href: 'x', tags: [], published: '2026-06-01T00:00:00Z' },
      {
        ...rawSummary('other'),
        href: 'x',
        tags: [],
        section: 'science',
        published: '2026-12-01T00:00:00Z',
      },
    ] as never);
    const newest = await readNewestInSection(ctx, 'world-news', 2);
    expect(newest.map((a) => a.slug)).toEqual(['new', 'mid']);
  });
});

describe('section pages that carry whole articles', () => {
  it('stores their bodies with the list, so opening one asks for nothing more', async () => {
    const { ctx, db, source } = setup();
    const page = parseSectionPage({
      url: pageUrl('world-news', 1),
      body: rawPage('world-news', 1, 1, ['w-1', 'w-2']),
    });
    const whole = page.articles.map((summary) => ({
      ...summary,
      html: `<p>Body of ${summary.slug}</p>`,
      related: [],
      minutes: 1,
    }));
    const sectionPage = vi.fn(async () => ({ ...page, full: whole }));
    ctx.blog = { ...ctx.blog, sectionPage };
    await syncSectionPage(ctx, 'world-news', 1);
    expect(sectionPage).toHaveBeenCalledWith(pageUrl('world-news', 1), {
      section: 'world-news',
      page: 1,
    });
    const stored = await db.articles.get('w-2');
    expect(stored).toMatchObject({ html: '<p>Body of w-2</p>', fetchedAt: ctx.now() });
    source.requests.length = 0;
    const article = await syncArticle(ctx, 'w-2');
    expect(article.html).toBe('<p>Body of w-2</p>');
    expect(source.requests).toEqual([]);
  });
});

describe('the front page', () => {
  it('lists each section as its first page does, an article in two sections under both', async () => {
    const source = blog();
    source.set(pageUrl('science', 1), rawPage('science', 1, 1, ['s-1', 'w-2']));
    const { ctx } = setup(source);
    await syncSectionPage(ctx, 'world-news', 1);
    await syncSectionPage(ctx, 'science', 1);
    const front = await readFrontPage(ctx, 2);
    expect(front.get('world-news')?.map((a) => a.slug)).toEqual(['w-1', 'w-2']);
    expect(front.get('science')?.map((a) => a.slug)).toEqual(['s-1', 'w-2']);
  });

  it('shows a section with no stored page by its newest stored articles', async () => {
    const { ctx } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    await ctx.db.pages.delete(['world-news', 1]);
    const front = await readFrontPage(ctx, 2);
    expect(front.get('world-news')).toHaveLength(2);
    expect(front.get('science')).toEqual([]);
  });
});
