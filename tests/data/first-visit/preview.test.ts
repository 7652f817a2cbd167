import { describe, expect, it } from 'vitest';
import { syncArticle } from '../../../src/data/articles';
import { previewInto } from '../../../src/data/first-visit/preview';
import { syncSectionPage } from '../../../src/data/sections';
import { syncSite } from '../../../src/data/site';
import { storeDocument } from '../../../src/data/documents';
import { PendingRecords } from '../../../src/data/first-visit/pending';
import { ContentError } from '../../../src/sources/errors';
import {
  articleUrl,
  doc,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  rawSummary,
  siteUrl,
} from '../../factories';
import { FakeSource, openTestContext } from '../fixtures';

const documents = {
  [siteUrl]: rawSite(),
  [pageUrl('world-news', 1)]: rawPage('world-news', 1, 2, ['a', 'b']),
  [articleUrl('a')]: rawArticle('a', {
    related: [rawSummary('b'), rawSummary('c', { section: 'science' })],
  }),
};

/** What the preview holds for the documents and what the writer stores for them, at one clock. */
async function bothWays() {
  const { ctx, db, clock } = openTestContext(new FakeSource(documents));
  const pending = new PendingRecords();
  const now = clock.now;
  const raw = (url: string) => doc(url, structuredClone(documents[url]));
  previewInto(pending, siteUrl, now).site(raw(siteUrl));
  previewInto(pending, pageUrl('world-news', 1), now).section(
    raw(pageUrl('world-news', 1)),
    'world-news',
  );
  previewInto(pending, articleUrl('a'), now).article(raw(articleUrl('a')), 'a');
  await syncSite(ctx);
  await syncSectionPage(ctx, 'world-news', 1);
  await syncArticle(ctx, 'a');
  return { pending, db };
}

describe('previewInto', () => {
  it('holds for each document the very records the writer stores for it', async () => {
    const { pending, db } = await bothWays();
    const byKey = <T>(records: T[], key: (record: T) => string) =>
      Object.fromEntries(records.map((record) => [key(record), record]));
    expect(pending.all('site')).toEqual(await db.site.toArray());
    expect(byKey(pending.all<{ slug: string }>('sections'), (s) => s.slug)).toEqual(
      byKey(await db.sections.toArray(), (s) => s.slug),
    );
    expect(pending.all('pages')).toEqual(await db.pages.toArray());
    expect(byKey(pending.all<{ slug: string }>('articles'), (a) => a.slug)).toEqual(
      byKey(await db.articles.toArray(), (a) => a.slug),
    );
  });

  it('files records under the URL asked for, to let go of by once stored', () => {
    const pending = new PendingRecords();
    const asked = pageUrl('world-news', 1);
    // The server redirected: the document says where it ended up.
    const moved = doc('https://blog.example/moved/1.json', rawPage('world-news', 1, 1, ['a']));
    previewInto(pending, asked, 1).section(moved, 'world-news');
    expect(pending.release(moved.url)).toEqual([]);
    expect(pending.release(asked)).toEqual(['pages', 'articles']);
    expect(pending.empty).toBe(true);
  });

  it('hands on the validated document, which the writer stores as its sync would', async () => {
    const { ctx, db, clock } = openTestContext(new FakeSource({}));
    const url = pageUrl('world-news', 1);
    const held = previewInto(new PendingRecords(), url, clock.now).section(
      doc(url, structuredClone(documents[url])),
      'world-news',
    );
    await storeDocument(ctx, held.document);
    expect(await db.pages.get(['world-news', 1])).toMatchObject({ slugs: ['a', 'b'] });
    expect(await db.articles.count()).toBe(2);
  });

  it('refuses what the writer refuses, holding nothing of it', () => {
    const pending = new PendingRecords();
    const into = previewInto(pending, 'u', 1);
    expect(() => into.site(doc(siteUrl, rawSite({ sections: 'none' })))).toThrow();
    expect(() =>
      into.section(doc(pageUrl('science', 1), rawPage('science', 1, 1, ['a'])), 'world-news'),
    ).toThrow(ContentError);
    expect(() => into.article(doc(articleUrl('a'), rawArticle('b')), 'a')).toThrow(ContentError);
    expect(pending.empty).toBe(true);
  });

  it('says a section page that lists nothing is not enough: the writer must say so', () => {
    const url = pageUrl('science', 1);
    const into = previewInto(new PendingRecords(), url, 1);
    expect(into.section(doc(url, rawPage('science', 1, 1, [])), 'science').complete).toBe(false);
    expect(into.section(doc(url, rawPage('science', 1, 1, ['a'])), 'science').complete).toBe(true);
  });
});
