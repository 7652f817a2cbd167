// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markRead } from '../../src/data/articles';
import { estimateDownload, removeDownload, runDownload } from '../../src/data/downloads';
import { readDownload } from '../../src/data/queries/storage';
import { setArticleBudget } from '../../src/data/storage';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../factories';
import { FakeSource, offline, openTestContext } from './fixtures';

const slugs = ['w-1', 'w-2', 'w-3', 'w-4', 'w-5'];
function setup() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 2, slugs.slice(0, 3)),
    [pageUrl('world-news', 2)]: rawPage('world-news', 2, 2, slugs.slice(3)),
    ...Object.fromEntries(slugs.map((slug) => [articleUrl(slug), rawArticle(slug)])),
  });
  return openTestContext(source);
}

const stored = async (ctx: ReturnType<typeof setup>['ctx']) =>
  (await ctx.db.articles.filter((a) => a.html !== undefined).primaryKeys()).sort();

describe('section downloads', () => {
  it('is sized from the first page before it starts', async () => {
    const { ctx } = setup();
    expect(await estimateDownload(ctx, 'world-news')).toEqual({ pages: 2, articles: 6 });
  });

  it('stores every page and every article, and records the exact total', async () => {
    const { ctx } = setup();
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(await stored(ctx)).toEqual(slugs);
    expect(await readDownload(ctx, 'world-news')).toMatchObject({
      status: 'done',
      done: 5,
      total: 5,
    });
  });

  it('pauses on a lost connection and resumes without fetching again what it has', async () => {
    const { ctx, source } = setup();
    source.set(articleUrl('w-4'), offline(articleUrl('w-4')));
    await expect(runDownload(ctx, 'world-news', new AbortController().signal)).rejects.toBeTruthy();
    expect(await readDownload(ctx, 'world-news')).toMatchObject({
      status: 'paused',
      done: 3,
      total: 5,
      problem: 'You are offline',
    });
    source.set(articleUrl('w-4'), rawArticle('w-4'));
    source.requests.length = 0;
    await runDownload(ctx, 'world-news', new AbortController().signal);
    expect(source.requests.filter((url) => url.includes('/articles/'))).toEqual([
      articleUrl('w-4'),
      articleUrl('w-5'),
    ]);
    expect((await readDownload(ctx, 'world-news'))?.status).toBe('done');
  });

  it('stops when cancelled and keeps what it downloaded', async () => {
    const { ctx } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(runDownload(ctx, 'world-news', controller.signal)).rejects.toBeTruthy();
    expect((await readDownload(ctx, 'world-news'))?.status).toBe('cancelled');
  });

  it('keeps a downloaded section whole under the storage policy until the download is removed', async () => {
    const { ctx } = setup();
    await runDownload(ctx, 'world-news', new AbortController().signal);
    for (const slug of slugs) await markRead(ctx, slug);
    await setArticleBudget(ctx, 2);
    expect(await stored(ctx)).toEqual(slugs);
    await removeDownload(ctx, 'world-news');
    await setArticleBudget(ctx, 2);
    expect(await stored(ctx)).toHaveLength(2);
  });
});
