import { describe, expect, it, vi } from 'vitest';
import { markRead, syncArticle } from '../../../src/data/articles';
import { SearchIndex } from '../../../src/data/search/index';
import { search, searchIndexOf } from '../../../src/data/search/results';
import { syncSite } from '../../../src/data/site';
import {
  clearOfflineData,
  enforceArticleBudget,
  setArticleBudget,
} from '../../../src/data/storage';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import { FakeSource, openTestContext } from '../fixtures';

const articles = {
  'harbour-cranes': rawArticle('harbour-cranes', {
    title: 'New cranes for the harbour',
    published: '2026-10-01T08:00:00Z',
    html: '<p>The port authority ordered four gantry cranes.</p>',
  }),
  'cafe-society': rawArticle('cafe-society', {
    title: 'Café society returns',
    published: '2026-11-01T08:00:00Z',
    html: '<p>Along the harbour, terraces fill again with <em>espresso</em> drinkers.</p>',
  }),
  'rail-budget': rawArticle('rail-budget', {
    title: 'A budget for the railway',
    published: '2026-11-20T08:00:00Z',
    author: { name: 'Tomas Ferreira' },
    html: '<p>Sleeper trains and a new timetable.</p>',
  }),
};

async function setup() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    ...Object.fromEntries(Object.entries(articles).map(([slug, doc]) => [articleUrl(slug), doc])),
  });
  const context = openTestContext(source);
  await syncSite(context.ctx);
  for (const slug of Object.keys(articles)) await syncArticle(context.ctx, slug);
  return context;
}

const slugsOf = (results: Awaited<ReturnType<typeof search>>) =>
  results.hits.map((hit) => hit.article.slug);

describe('searching the stored articles', () => {
  it('finds body words, title matches first, each with its words marked', async () => {
    const { ctx } = await setup();
    const results = await search(ctx, 'harbour');
    expect(slugsOf(results)).toEqual(['harbour-cranes', 'cafe-society']);
    expect(results.total).toBe(2);
    expect(results.indexed).toBe(3);
    const [title, body] = results.hits;
    expect(title?.title).toContainEqual({ text: 'harbour', match: true });
    expect(body?.snippet).toContainEqual({ text: 'harbour', match: true });
    expect(body?.snippet.map((part) => part.text).join('')).toContain('espresso');
  });

  it('takes the last word as a prefix, forgives one slip and folds accents', async () => {
    const { ctx } = await setup();
    expect(slugsOf(await search(ctx, 'sleeper tim'))).toEqual(['rail-budget']);
    expect(slugsOf(await search(ctx, 'timetabel'))).toEqual(['rail-budget']);
    expect(slugsOf(await search(ctx, 'CAFE'))).toEqual(['cafe-society']);
    expect(slugsOf(await search(ctx, 'ferreira'))).toEqual(['rail-budget']);
  });

  it('forgives slips only where the words as typed find nothing', async () => {
    const { ctx, source } = await setup();
    source.set(articleUrl('labour'), rawArticle('labour', { html: '<p>Labour talks.</p>' }));
    await syncArticle(ctx, 'labour');
    expect(slugsOf(await search(ctx, 'harbour'))).toEqual(['harbour-cranes', 'cafe-society']);
    expect(slugsOf(await search(ctx, 'labour'))).toEqual(['labour']);
    expect(slugsOf(await search(ctx, 'larbour'))).toEqual(
      expect.arrayContaining(['labour', 'harbour-cranes']),
    );
  });

  it('needs every word', async () => {
    const { ctx } = await setup();
    expect(slugsOf(await search(ctx, 'harbour espresso'))).toEqual(['cafe-society']);
    expect(slugsOf(await search(ctx, 'harbour timetable'))).toEqual([]);
  });

  it('says which results are saved', async () => {
    const { ctx, db } = await setup();
    await db.saved.put({ slug: 'cafe-society', savedAt: 1 });
    const hits = (await search(ctx, 'harbour')).hits;
    expect(hits.map((hit) => [hit.article.slug, hit.saved, hit.stored])).toEqual([
      ['harbour-cranes', false, true],
      ['cafe-society', true, true],
    ]);
  });

  it('handles a huge query, patterns and markup as plain words', async () => {
    const { ctx } = await setup();
    expect((await search(ctx, 'harbour '.repeat(1250))).total).toBe(2);
    expect(slugsOf(await search(ctx, '.*(harbour)+[ <b>'))).toEqual([]);
    expect(slugsOf(await search(ctx, '<em>espresso</em>'))).toEqual([]);
    expect(slugsOf(await search(ctx, '*** ???'))).toEqual([]);
  });
});

describe('the index follows the store', () => {
  it('indexes an article stored after the first search', async () => {
    const { ctx, source } = await setup();
    expect(slugsOf(await search(ctx, 'lighthouse'))).toEqual([]);
    source.set(articleUrl('lighthouse'), rawArticle('lighthouse', { title: 'The lighthouse' }));
    await syncArticle(ctx, 'lighthouse');
    expect(slugsOf(await search(ctx, 'lighthouse'))).toEqual(['lighthouse']);
  });

  it('drops the words of a body the storage policy evicted, keeping its summary findable', async () => {
    const { ctx, clock } = await setup();
    for (const slug of ['harbour-cranes', 'cafe-society', 'rail-budget']) {
      await markRead(ctx, slug);
      clock.now += 1000;
    }
    expect(slugsOf(await search(ctx, 'gantry'))).toEqual(['harbour-cranes']);
    await setArticleBudget(ctx, 2);
    expect(slugsOf(await search(ctx, 'gantry'))).toEqual([]);
    const byTitle = await search(ctx, 'cranes');
    expect(byTitle.hits.map((hit) => [hit.article.slug, hit.stored])).toEqual([
      ['harbour-cranes', false],
    ]);
  });

  it('forgets what “Clear offline data” removes, and keeps the saved articles findable', async () => {
    const { ctx, db } = await setup();
    await db.saved.put({ slug: 'rail-budget', savedAt: 1 });
    await search(ctx, 'harbour');
    await searchIndexOf(ctx).flush();
    expect(await db.search.count()).toBe(1);
    await clearOfflineData(ctx);
    expect(await db.search.count()).toBe(0);
    expect(slugsOf(await search(ctx, 'harbour'))).toEqual([]);
    expect(slugsOf(await search(ctx, 'sleeper'))).toEqual(['rail-budget']);
  });
});

describe('the saved snapshot', () => {
  it('is loaded by the next start, which indexes only what changed since', async () => {
    const { ctx, db, source } = await setup();
    await search(ctx, 'harbour');
    await searchIndexOf(ctx).flush();
    expect(await db.reindex.count()).toBe(0);
    source.set(articleUrl('lighthouse'), rawArticle('lighthouse', { title: 'The lighthouse' }));
    await syncArticle(ctx, 'lighthouse');
    expect(await db.reindex.count()).toBe(1);
    const reading = vi.spyOn(db.articles, 'bulkGet');
    const next = new SearchIndex(ctx);
    const { matches } = await next.find('lighthouse');
    expect(matches.map((match) => match.id)).toEqual(['lighthouse']);
    expect(reading.mock.calls.map(([slugs]) => slugs)).toEqual([['lighthouse']]);
    expect((await next.find('harbour')).matches).toHaveLength(2);
  });

  it('is rebuilt from the stored articles when damaged, which stay as they were', async () => {
    const { ctx, db } = await setup();
    await db.search.put({ key: 'index', json: '{"not":"an index"' });
    const before = await db.articles.toArray();
    const { matches } = await new SearchIndex(ctx).find('harbour');
    expect(matches).toHaveLength(2);
    expect(await db.articles.toArray()).toEqual(before);
  });

  it('makes room the way writes do when the device is full', async () => {
    const { ctx, db, clock } = await setup();
    for (const slug of Object.keys(articles)) {
      await markRead(ctx, slug);
      clock.now += 1000;
    }
    const full = Object.assign(new Error('The quota was exceeded'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.search, 'put').mockRejectedValueOnce(full);
    await search(ctx, 'harbour');
    await searchIndexOf(ctx).flush();
    expect(put).toHaveBeenCalledTimes(2);
    expect(await db.search.count()).toBe(1);
    // Room was made as enforceArticleBudget does: the least recently read body went.
    expect((await db.articles.get('harbour-cranes'))?.html).toBeUndefined();
    expect(await enforceArticleBudget(ctx)).toBe(0);
  });
});
