import { describe, expect, it } from 'vitest';
import {
  clearHistory,
  keepReadingPosition,
  markRead,
  removeFromHistory,
  syncArticle,
} from '../../../src/data/articles';
import { readHistory } from '../../../src/data/queries/history';
import { clearOfflineData } from '../../../src/data/storage';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import { FakeSource, openTestContext } from '../fixtures';

const slugs = ['harbour-strike', 'bridge-opens', 'ferry-returns'];

function setup() {
  return openTestContext(
    new FakeSource({
      [siteUrl]: rawSite(),
      ...Object.fromEntries(slugs.map((slug) => [articleUrl(slug), rawArticle(slug)])),
    }),
  );
}

async function readEach(context: ReturnType<typeof setup>) {
  for (const slug of slugs) {
    await syncArticle(context.ctx, slug);
    await markRead(context.ctx, slug);
    context.clock.now += 60_000;
  }
}

describe('the history', () => {
  it('lists what was read, most recently first, with how far and whether it is stored', async () => {
    const context = setup();
    await readEach(context);
    await keepReadingPosition(context.ctx, 'harbour-strike', 0.5);
    const history = await readHistory(context.ctx);
    expect(history.map((entry) => entry.slug)).toEqual([
      'harbour-strike',
      'ferry-returns',
      'bridge-opens',
    ]);
    expect(history[0]).toMatchObject({
      title: 'Title of harbour-strike',
      section: 'world-news',
      position: 0.5,
      stored: true,
    });
    expect(history[1]).not.toHaveProperty('position');
  });

  it('still names an article whose stored copy is gone', async () => {
    const context = setup();
    await readEach(context);
    await clearOfflineData(context.ctx);
    const history = await readHistory(context.ctx);
    expect(history).toHaveLength(3);
    expect(history.find((entry) => entry.slug === 'bridge-opens')).toMatchObject({
      title: 'Title of bridge-opens',
      section: 'world-news',
      stored: false,
    });
  });

  it('forgets one entry, or all of them', async () => {
    const context = setup();
    await readEach(context);
    await removeFromHistory(context.ctx, 'bridge-opens');
    expect((await readHistory(context.ctx)).map((entry) => entry.slug)).toEqual([
      'ferry-returns',
      'harbour-strike',
    ]);
    await clearHistory(context.ctx);
    expect(await readHistory(context.ctx)).toEqual([]);
    // The articles themselves stay.
    expect(await context.db.articles.count()).toBe(3);
  });
});
