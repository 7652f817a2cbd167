import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { onStoreChange } from '../../src/data/changes';
import { askEarly } from '../../src/data/early';
import { syncSite } from '../../src/data/site';
import { articleUrl, parseSite } from '../../src/model/site';
import { PendingRecords } from '../../src/db/pending';
import { EarlyDocuments } from '../../src/sources/early';
import {
  articleUrl as articleDocUrl,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  siteUrl,
} from '../factories';
import { FakeSource, openTestContext } from './fixtures';

const sectionsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `s-${i}`,
    title: `Section ${i}`,
    href: `sections/s-${i}/1.json`,
  }));

function asker(site: unknown) {
  const asked: string[] = [];
  const fake = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    return url === siteUrl ? Response.json(site) : Response.json({ page: url });
  });
  const early = new EarlyDocuments({ timeoutMs: 5_000, maxBytes: 100_000, fetch: fake });
  return { asked, early };
}

describe('askEarly', () => {
  it('on a first visit asks for the site at once, then each section’s first page', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const { asked, early } = asker(rawSite());
    askEarly(ctx, siteUrl, { firstVisit: true, sections: 'all' }, early);
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(1));
    const site = rawSite() as { sections: { href: string }[] };
    expect(asked).toEqual([
      siteUrl,
      ...site.sections.map((section) => new URL(section.href, siteUrl).href),
    ]);
    await expect(early.take(siteUrl)).resolves.toMatchObject({ url: siteUrl });
  });

  it('asks for no more than a dozen sections, and only for links that are strings', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const sections = [{ slug: 'bad', href: 42 }, null, ...sectionsOf(20)];
    const { asked, early } = asker({ ...(rawSite() as object), sections });
    askEarly(ctx, siteUrl, { firstVisit: true, sections: 'all' }, early);
    await vi.waitFor(() => expect(asked).toHaveLength(13));
    expect(asked.slice(1)).toEqual(
      sectionsOf(12).map((section) => new URL(section.href, siteUrl).href),
    );
  });

  it('asks only for the section a section view lists, and none for another view', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const site = { ...(rawSite() as object), sections: sectionsOf(3) };
    const section = asker(site);
    askEarly(ctx, siteUrl, { firstVisit: true, sections: 's-1' }, section.early);
    await vi.waitFor(() => expect(section.asked).toHaveLength(2));
    expect(section.asked[1]).toBe(new URL('sections/s-1/1.json', siteUrl).href);
    const article = asker(site);
    askEarly(ctx, siteUrl, { firstVisit: true, sections: undefined }, article.early);
    await vi.waitFor(() => expect(article.asked).toEqual([siteUrl]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(article.asked).toEqual([siteUrl]);
  });

  it('asks for the article an article view shows, at the URL the writer will build', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const { asked, early } = asker(rawSite());
    askEarly(ctx, siteUrl, { firstVisit: true, sections: undefined, article: 'harbour' }, early);
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    const site = parseSite({ url: siteUrl, body: rawSite() });
    expect(asked).toEqual([siteUrl, articleUrl(site, 'harbour')]);
    await expect(early.take(articleUrl(site, 'harbour'))).resolves.toMatchObject({
      url: articleUrl(site, 'harbour'),
    });
  });

  it('asks nothing when a later visit finds the site stored', async () => {
    const { ctx } = openTestContext(new FakeSource({ [siteUrl]: rawSite() }));
    await syncSite(ctx);
    const { asked, early } = asker(rawSite());
    askEarly(ctx, siteUrl, { firstVisit: false, sections: 'all' }, early);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
  });

  it('asks when a later visit finds nothing stored (the store was cleared)', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const { asked, early } = asker(rawSite());
    askEarly(ctx, siteUrl, { firstVisit: false, sections: 'all' }, early);
    await vi.waitFor(() => expect(asked[0]).toBe(siteUrl));
  });

  describe('with a preview', () => {
    function served(documents: Record<string, unknown>) {
      const fetch = vi.fn(async (input: RequestInfo | URL) => {
        const body = documents[String(input)];
        return body === undefined ? new Response('', { status: 404 }) : Response.json(body);
      });
      return new EarlyDocuments({ timeoutMs: 5_000, maxBytes: 100_000, fetch });
    }
    const blog = {
      [siteUrl]: rawSite(),
      [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['a', 'b']),
      [pageUrl('science', 1)]: rawPage('science', 1, 1, ['c']),
      [articleDocUrl('a')]: rawArticle('a'),
    };

    function preview() {
      const pending = new PendingRecords();
      const wanted = vi.fn();
      const changed: string[] = [];
      onTestFinished(onStoreChange(() => changed.push('change')));
      return { pending, wanted, changed, preview: { pending, wanted } };
    }

    it('on a first visit holds what arrives, validated, and tells the views', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { pending, wanted, changed, preview: into } = preview();
      askEarly(ctx, siteUrl, { firstVisit: true, sections: 'all', preview: into }, served(blog));
      await vi.waitFor(() => expect(pending.get('pages', ['science', 1])).toBeDefined());
      await vi.waitFor(() => expect(pending.get('pages', ['world-news', 1])).toBeDefined());
      expect(pending.get('site', 'site')).toMatchObject({ title: 'My Blog' });
      expect(
        pending
          .all<{ slug: string }>('articles')
          .map((a) => a.slug)
          .sort(),
      ).toEqual(['a', 'b', 'c']);
      expect(changed.length).toBeGreaterThan(0);
      expect(wanted).not.toHaveBeenCalled();
    });

    it('validates each document in a task of its own, not in the task it arrived in', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { pending, preview: into } = preview();
      const held = () => pending.all('site').length + pending.all('pages').length;
      // How many documents were held as each task the preview asked for began.
      const atTask: number[] = [];
      const realSetTimeout = globalThis.setTimeout;
      vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
        realSetTimeout(() => {
          if (ms === undefined) atTask.push(held());
          run();
        }, ms)) as typeof setTimeout);
      onTestFinished(() => void vi.restoreAllMocks());
      askEarly(ctx, siteUrl, { firstVisit: true, sections: 'all', preview: into }, served(blog));
      await vi.waitFor(() => expect(held()).toBe(3));
      expect(atTask).toEqual([0, 1, 2]);
    });

    it('holds the article an article view shows', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { pending, wanted, preview: into } = preview();
      askEarly(
        ctx,
        siteUrl,
        { firstVisit: true, sections: undefined, article: 'a', preview: into },
        served(blog),
      );
      await vi.waitFor(() => expect(pending.get('articles', 'a')).toHaveProperty('html'));
      expect(wanted).not.toHaveBeenCalled();
    });

    it('wants the writer at once when a document fails, and still holds the rest', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { pending, wanted, preview: into } = preview();
      const broken = { ...blog, [pageUrl('science', 1)]: { version: 1, section: 'science' } };
      askEarly(ctx, siteUrl, { firstVisit: true, sections: 'all', preview: into }, served(broken));
      await vi.waitFor(() => expect(wanted).toHaveBeenCalled());
      await vi.waitFor(() => expect(pending.get('pages', ['world-news', 1])).toBeDefined());
      expect(pending.get('pages', ['science', 1])).toBeUndefined();
    });

    it('wants the writer when the first view lists more sections than are asked for early', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { wanted, preview: into } = preview();
      const site = { ...rawSite(), sections: sectionsOf(13) };
      askEarly(
        ctx,
        siteUrl,
        { firstVisit: true, sections: 'all', preview: into },
        served({ [siteUrl]: site }),
      );
      await vi.waitFor(() => expect(wanted).toHaveBeenCalled());
    });

    it('holds nothing on a later visit', async () => {
      const { ctx } = openTestContext(new FakeSource({}));
      const { pending, wanted, preview: into } = preview();
      askEarly(ctx, siteUrl, { firstVisit: false, sections: 'all', preview: into }, served(blog));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pending.empty).toBe(true);
      expect(wanted).not.toHaveBeenCalled();
    });
  });
});
