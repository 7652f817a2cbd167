// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { syncArticle } from '../../src/data/articles';
import { readQueue } from '../../src/data/queries/queue';
import { fetchQueued, queueArticle, unqueueArticle } from '../../src/data/queue';
import { syncSectionPage } from '../../src/data/sections';
import type { DataContext } from '../../src/data/context';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../factories';
import { FakeSource, offline, openTestContext } from './fixtures';

function setup() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['harbour-strike']),
    [articleUrl('harbour-strike')]: rawArticle('harbour-strike', { title: 'Harbour strike' }),
    [articleUrl('bridge-opens')]: rawArticle('bridge-opens', { title: 'Bridge opens' }),
  });
  return openTestContext(source);
}

const fetchAll = (ctx: DataContext) => fetchQueued(ctx, (slug) => syncArticle(ctx, slug));
const slugs = async (ctx: DataContext) => (await readQueue(ctx)).map((entry) => entry.slug);

describe('the queue of articles asked for offline', () => {
  it('queues an article once, keeping when it was first asked for', async () => {
    const { ctx, clock } = setup();
    await queueArticle(ctx, 'bridge-opens', { title: 'Bridge opens', section: 'world-news' });
    clock.now += 5000;
    await queueArticle(ctx, 'bridge-opens');
    expect(await readQueue(ctx)).toEqual([
      { slug: 'bridge-opens', queuedAt: 1_000_000, title: 'Bridge opens', section: 'world-news' },
    ]);
  });

  it('lists the oldest first, named from a list that showed it, else by its slug', async () => {
    const { ctx, clock } = setup();
    await syncSectionPage(ctx, 'world-news', 1);
    await queueArticle(ctx, 'mystery');
    clock.now += 1000;
    await queueArticle(ctx, 'harbour-strike');
    const queue = await readQueue(ctx);
    expect(queue.map(({ slug, title }) => [slug, title])).toEqual([
      ['mystery', 'mystery'],
      ['harbour-strike', 'Title of harbour-strike'],
    ]);
  });

  it('removes an article from the queue', async () => {
    const { ctx } = setup();
    await queueArticle(ctx, 'bridge-opens');
    await queueArticle(ctx, 'harbour-strike');
    await unqueueArticle(ctx, 'bridge-opens');
    expect(await slugs(ctx)).toEqual(['harbour-strike']);
  });

  it('back online, stores each queued article and lets go of it', async () => {
    const { ctx, clock } = setup();
    clock.online = false;
    await queueArticle(ctx, 'bridge-opens');
    clock.now += 1000;
    await queueArticle(ctx, 'harbour-strike');
    clock.online = true;
    expect(await fetchAll(ctx)).toEqual([
      { slug: 'bridge-opens', title: 'Bridge opens' },
      { slug: 'harbour-strike', title: 'Harbour strike' },
    ]);
    expect(await slugs(ctx)).toEqual([]);
    expect((await ctx.db.articles.get('bridge-opens'))?.html).toContain('<p>');
  });

  it('leaves an article whose fetch fails queued, and fetches the others', async () => {
    const { ctx, source } = setup();
    source.set(articleUrl('bridge-opens'), offline(articleUrl('bridge-opens')));
    await queueArticle(ctx, 'bridge-opens');
    await queueArticle(ctx, 'harbour-strike');
    expect(await fetchAll(ctx)).toEqual([{ slug: 'harbour-strike', title: 'Harbour strike' }]);
    expect(await slugs(ctx)).toEqual(['bridge-opens']);
    expect(await ctx.db.articles.get('bridge-opens')).toBeUndefined();
  });

  it('asks for nothing while offline', async () => {
    const { ctx, clock, source } = setup();
    await queueArticle(ctx, 'bridge-opens');
    clock.online = false;
    const before = source.requests.length;
    expect(await fetchAll(ctx)).toEqual([]);
    expect(source.requests.length).toBe(before);
    expect(await slugs(ctx)).toEqual(['bridge-opens']);
  });

  it('announces no article removed from the queue while it was fetched', async () => {
    const { ctx } = setup();
    await queueArticle(ctx, 'bridge-opens');
    const arrived = fetchQueued(ctx, async (slug) => {
      await unqueueArticle(ctx, slug);
      return syncArticle(ctx, slug);
    });
    expect(await arrived).toEqual([]);
    expect(await ctx.db.articles.get('bridge-opens')).toBeDefined();
  });
});
