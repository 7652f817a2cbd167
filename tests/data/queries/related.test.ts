// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { storeArticles } from '../../../src/data/ingest';
import { readRelated } from '../../../src/data/queries/related';
import { storeSectionPage } from '../../../src/data/sections';
import {
  clearOfflineData,
  enforceArticleBudget,
  setArticleBudget,
} from '../../../src/data/storage';
import { saveArticle } from '../../../src/data/saved';
import { parseArticle } from '../../../src/model/article';
import { parseSectionPage } from '../../../src/model/section';
import type { Article } from '../../../src/model/types';
import { articleUrl, doc, pageUrl, rawArticle, rawPage, rawSummary } from '../../factories';
import { FakeSource, openTestContext } from '../fixtures';

function article(slug: string, overrides: Record<string, unknown> = {}): Article {
  return parseArticle(doc(articleUrl(slug), rawArticle(slug, overrides)));
}

const slugs = (records: { slug: string }[]) => records.map((record) => record.slug);

describe('readRelated', () => {
  it('finds the closest stored articles, whichever write stored them', async () => {
    const { ctx } = openTestContext(new FakeSource());
    await storeArticles(ctx, [
      article('tide-tables', {
        title: 'Reading tide tables',
        excerpt: 'When water turns.',
        tags: ['sea'],
      }),
      article('harbour-walls', {
        title: 'Harbour walls at high tide',
        excerpt: 'Stone.',
        tags: ['sea'],
      }),
      article('market-day', {
        title: 'Market day',
        excerpt: 'Stalls.',
        section: 'culture',
        tags: [],
      }),
    ]);
    // A section page stores summaries of articles whose bodies come later.
    const page = rawPage('culture', 1, 1, ['tide-mills']);
    (page.articles as Record<string, unknown>[])[0] = rawSummary('tide-mills', {
      section: 'culture',
      title: 'Old tide mills',
      excerpt: 'Wheels.',
      href: '../../articles/tide-mills.json',
    });
    await storeSectionPage(
      ctx,
      parseSectionPage(doc(pageUrl('culture', 1), page)),
      'culture',
      1,
      5,
    );

    expect(slugs(await readRelated(ctx, 'tide-tables'))).toEqual(['harbour-walls', 'tide-mills']);
    const [first] = await readRelated(ctx, 'tide-tables');
    expect(first).toMatchObject({ title: 'Harbour walls at high tide', html: expect.any(String) });
    expect(await readRelated(ctx, 'not-stored')).toEqual([]);
  });

  it('follows a changed date without keeping the old one, and bodies evicted', async () => {
    const { ctx, db } = openTestContext(new FakeSource());
    await storeArticles(ctx, [
      article('tide-tables', { tags: ['sea'] }),
      article('harbour-walls', { tags: ['sea'], published: '2026-11-20T10:00:00Z' }),
      article('pier-lights', { tags: ['sea'], published: '2026-11-22T10:00:00Z' }),
    ]);
    expect(slugs(await readRelated(ctx, 'tide-tables'))).toEqual(['pier-lights', 'harbour-walls']);
    await storeArticles(ctx, [
      article('harbour-walls', { tags: ['sea'], published: '2026-11-24T10:00:00Z' }),
    ]);
    expect(await db.terms.count()).toBe(3);
    expect(slugs(await readRelated(ctx, 'tide-tables'))).toEqual(['harbour-walls', 'pier-lights']);

    await setArticleBudget(ctx, 1);
    await enforceArticleBudget(ctx);
    const related = await readRelated(ctx, 'tide-tables');
    expect(slugs(related)).toEqual(['harbour-walls', 'pier-lights']);
    expect(related.filter((record) => record.html === undefined).length).toBeGreaterThan(0);
  });

  it('forgets what clearing offline data removes, and keeps what is saved', async () => {
    const { ctx, db } = openTestContext(new FakeSource());
    await storeArticles(ctx, [
      article('tide-tables', { tags: ['sea'] }),
      article('harbour-walls', { tags: ['sea'] }),
      article('pier-lights', { tags: ['sea'] }),
    ]);
    await saveArticle(ctx, 'tide-tables');
    await saveArticle(ctx, 'pier-lights');
    await clearOfflineData(ctx);
    expect(await db.terms.orderBy('slug').keys()).toEqual(['pier-lights', 'tide-tables']);
    expect(slugs(await readRelated(ctx, 'tide-tables'))).toEqual(['pier-lights']);
  });
});
