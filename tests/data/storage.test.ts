import { describe, expect, it } from 'vitest';
import { markRead, syncArticle } from '../../src/data/articles';
import { syncSectionPage } from '../../src/data/sections';
import { readStorageReport } from '../../src/data/queries/storage';
import { clearOfflineData, enforceArticleBudget, setArticleBudget } from '../../src/data/storage';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../factories';
import { FakeSource, openTestContext } from './fixtures';

const slugs = ['a-1', 'a-2', 'a-3', 'a-4'];
function setup() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, slugs),
    ...Object.fromEntries(slugs.map((slug) => [articleUrl(slug), rawArticle(slug)])),
  });
  return openTestContext(source);
}

/** Reads every article in order, a second apart: a-1 is the least recently read. */
async function readAll({ ctx, clock }: ReturnType<typeof setup>) {
  for (const slug of slugs) {
    await syncArticle(ctx, slug);
    await markRead(ctx, slug);
    clock.now += 1000;
  }
}

const page = (slug: string) => ({ title: slug, lang: 'en', markup: `<h1>${slug}</h1>` });

const withBody = async (ctx: ReturnType<typeof setup>['ctx']) =>
  (await ctx.db.articles.filter((a) => a.html !== undefined).primaryKeys()).sort();

describe('storage policy', () => {
  it('keeps at most the budget of full articles, dropping the least recently read bodies', async () => {
    const context = setup();
    const { ctx, db } = context;
    await readAll(context);
    await db.saved.put({ slug: 'a-1', savedAt: 1 });
    await setArticleBudget(ctx, 2);
    // a-1 is the oldest read but saved; a-2 and a-3 go.
    expect(await withBody(ctx)).toEqual(['a-1', 'a-4']);
    // Their summaries stay, so lists still show them.
    expect(await db.articles.count()).toBe(4);
  });

  it('ranks by when an article was last read, before when it was fetched', async () => {
    const { ctx, clock } = setup();
    for (const slug of slugs) {
      await syncArticle(ctx, slug);
      clock.now += 1000;
    }
    // Fetched a-1 first, read in the opposite order: a-4 is the least recently read.
    for (const slug of [...slugs].reverse()) {
      await markRead(ctx, slug);
      clock.now += 1000;
    }
    await setArticleBudget(ctx, 2);
    expect(await withBody(ctx)).toEqual(['a-1', 'a-2']);
  });

  it('forgets the kept pages of the articles it evicts, and only theirs', async () => {
    const context = setup();
    const { ctx, keptPages } = context;
    await readAll(context);
    for (const slug of slugs) await keptPages.keep(slug, page(slug));
    await setArticleBudget(ctx, 2);
    expect([...keptPages.pages.keys()].sort()).toEqual(['a-3', 'a-4']);
  });

  it('runs after each article write', async () => {
    const context = setup();
    const { ctx } = context;
    await setArticleBudget(ctx, 1);
    await readAll(context);
    expect(await withBody(ctx)).toEqual(['a-4']);
  });

  it('does nothing under the budget', async () => {
    const context = setup();
    const { ctx } = context;
    await readAll(context);
    expect(await enforceArticleBudget(ctx)).toBe(0);
    expect(await withBody(ctx)).toEqual(slugs);
  });
});

describe('clearOfflineData', () => {
  it('empties pages, articles, pictures and kept pages except saved articles, keeping the site', async () => {
    const context = setup();
    const { ctx, db, images, keptPages } = context;
    await syncSectionPage(ctx, 'world-news', 1);
    await readAll(context);
    await db.saved.put({ slug: 'a-3', savedAt: 1 });
    images.warm(['https://blog.example/x.svg']);
    await keptPages.keep('a-1', page('a-1'));
    await clearOfflineData(ctx);
    expect(await db.pages.count()).toBe(0);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a-3']);
    // The history and its reading positions stay unless asked for.
    expect(await db.reads.count()).toBe(slugs.length);
    expect((await db.articles.get('a-3'))?.html).toBeDefined();
    expect(await db.site.count()).toBe(1);
    expect(images.warmed).toEqual([]);
    expect(keptPages.pages.size).toBe(0);
  });
});

describe('clearOfflineData with the history', () => {
  it('clears the history and reading positions too when asked, still keeping saved articles', async () => {
    const context = setup();
    const { ctx, db } = context;
    await readAll(context);
    await db.saved.put({ slug: 'a-3', savedAt: 1 });
    await clearOfflineData(ctx, { history: true });
    expect(await db.reads.count()).toBe(0);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a-3']);
  });
});

describe('readStorageReport', () => {
  it('reports usage, quota, persistence and what is stored', async () => {
    const context = setup();
    const { ctx, db } = context;
    await readAll(context);
    await db.saved.put({ slug: 'a-2', savedAt: 1 });
    expect(await readStorageReport(ctx)).toEqual({
      usage: 1234,
      quota: 5_000_000,
      persisted: false,
      articles: 4,
      saved: 1,
    });
  });
});
