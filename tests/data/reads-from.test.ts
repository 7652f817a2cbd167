// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { StoreName } from '../../src/db/schema';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../factories';
import { FakeSource, openTestContext, testRepository } from './fixtures';

/** A store with something in every store the reads look at. */
async function filled() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 2, ['harbour-strike', 'bridge']),
    [articleUrl('harbour-strike')]: rawArticle('harbour-strike', { related: [] }),
  });
  const context = openTestContext(source);
  const repository = testRepository(context.ctx);
  await repository.syncSite();
  await repository.syncSectionPage('world-news', 1);
  await repository.syncArticle('harbour-strike');
  await repository.save('harbour-strike');
  await repository.markRead('harbour-strike');
  await repository.keepReadingPosition('harbour-strike', 0.4);
  await repository.setArticleBudget(100);
  await repository.queueArticle('bridge');
  return { ...context, repository };
}

type TestRepository = ReturnType<typeof testRepository>;
type StoreReadName = {
  [K in keyof TestRepository]: TestRepository[K] extends { stores: readonly StoreName[] }
    ? K
    : never;
}[keyof TestRepository];

/** Calls of each read that carries its stores, with what a view passes it. */
const calls: Record<StoreReadName, (r: TestRepository) => unknown> = {
  readSite: (r) => r.readSite(),
  readFrontPage: (r) => r.readFrontPage(4),
  readSectionList: (r) => r.readSectionList('world-news', 1),
  readArticle: (r) => r.readArticle('harbour-strike'),
  readArticles: (r) => r.readArticles(['harbour-strike', 'bridge']),
  readRelated: (r) => r.readRelated('harbour-strike'),
  readSavedSlugs: (r) => r.readSavedSlugs(),
  readReadSlugs: (r) => r.readReadSlugs(),
  readSavedArticles: (r) => r.readSavedArticles(),
  readRecentlyRead: (r) => r.readRecentlyRead(5),
  readReadingPosition: (r) => r.readReadingPosition('harbour-strike'),
  readContinueReading: (r) => r.readContinueReading(5),
  readHistory: (r) => r.readHistory(),
  readQueue: (r) => r.readQueue(),
  readArticleBudget: (r) => r.readArticleBudget(),
  readDownloads: (r) => r.readDownloads(),
  readDownload: (r) => r.readDownload('world-news'),
};

describe('the stores each read looks at', () => {
  it.each(Object.keys(calls) as StoreReadName[])(
    '%s reads only the stores it declares, and all of them',
    async (name) => {
      const { ctx, repository } = await filled();
      const touched = new Set<StoreName>();
      const store = ctx.store as unknown as Record<string, unknown>;
      for (const method of ['get', 'getMany', 'all', 'keys', 'within', 'count', 'countWhere']) {
        const original = store[method] as (store: StoreName, ...rest: unknown[]) => unknown;
        store[method] = (name: StoreName, ...rest: unknown[]) => {
          touched.add(name);
          return original.call(ctx.store, name, ...rest);
        };
      }
      await calls[name](repository);
      expect([...touched].sort()).toEqual([...repository[name].stores].sort());
    },
  );
});
