import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { onStoreChange } from '../../../src/data/changes';
import { createWriter } from '../../../src/data/writer';
import { askFirstView } from '../../../src/data/first-visit/ask';
import { startFirstVisit, type FirstVisit } from '../../../src/data/first-visit';
import { articleUrl, parseSite } from '../../../src/model/site';
import type { HttpOptions } from '../../../src/sources/http';
import {
  articleUrl as articleDocUrl,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  siteUrl,
} from '../../factories';
import { FakeSource, openTestContext } from '../fixtures';

const sectionsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `s-${i}`,
    title: `Section ${i}`,
    href: `sections/s-${i}/1.json`,
  }));

/** A blog behind a stubbed fetch, recording every URL asked for. */
function served(documents: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const body = documents[url];
    return body === undefined ? new Response('', { status: 404 }) : Response.json(body);
  });
  const http: HttpOptions = { timeoutMs: 5_000, maxBytes: 100_000, fetch };
  return { asked, http };
}

/** askFirstView with nothing validated: what it asks for, in order. */
async function asks(site: unknown, needs: Parameters<typeof askFirstView>[1]) {
  const { asked, http } = served({ [siteUrl]: site });
  const wanted = vi.fn();
  const hold = vi.fn(async () => undefined);
  const result = await askFirstView(siteUrl, needs, { hold, wanted, http });
  return { asked, wanted, sources: result.map((entry) => entry.source) };
}

describe('askFirstView', () => {
  it('asks for the site at once, then each section’s first page', async () => {
    const { asked, sources } = await asks(rawSite(), { sections: 'all' });
    const site = rawSite() as { sections: { href: string }[] };
    const expected = [siteUrl, ...site.sections.map((s) => new URL(s.href, siteUrl).href)];
    expect(asked).toEqual(expected);
    expect(sources).toEqual(expected);
  });

  it('asks for no more than a dozen sections, and only for links that are strings', async () => {
    const sections = [{ slug: 'bad', href: 42 }, null, ...sectionsOf(20)];
    const { asked, wanted } = await asks({ ...rawSite(), sections }, { sections: 'all' });
    expect(asked.slice(1)).toEqual(
      sectionsOf(12).map((section) => new URL(section.href, siteUrl).href),
    );
    // The first view needs more than is asked for early: the writer is wanted at once.
    expect(wanted).toHaveBeenCalled();
  });

  it('asks only for the section a section view lists, and none for another view', async () => {
    const site = { ...rawSite(), sections: sectionsOf(3) };
    const section = await asks(site, { sections: 's-1' });
    expect(section.asked).toEqual([siteUrl, new URL('sections/s-1/1.json', siteUrl).href]);
    const saved = await asks(site, { sections: undefined });
    expect(saved.asked).toEqual([siteUrl]);
  });

  it('asks for the article an article view shows, at the URL the writer would build', async () => {
    const { asked } = await asks(rawSite(), { sections: undefined, article: 'harbour' });
    const site = parseSite({ url: siteUrl, body: rawSite() });
    expect(asked).toEqual([siteUrl, articleUrl(site, 'harbour')]);
  });
});

const blog = {
  [siteUrl]: rawSite(),
  [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['a', 'b']),
  [pageUrl('science', 1)]: rawPage('science', 1, 1, ['c']),
  [articleDocUrl('a')]: rawArticle('a'),
};

/** A first visit on a fresh store, its documents served by a stubbed fetch. */
function firstVisit(
  documents: Record<string, unknown>,
  route: { name: string; slug?: string } = { name: 'home' },
  controlled = false,
) {
  const { ctx, db, store, source } = openTestContext(new FakeSource({}));
  const { asked, http } = served(documents);
  const changed: string[] = [];
  onTestFinished(onStoreChange(() => changed.push('change')));
  const visit = startFirstVisit({
    store,
    indexedDB: { indexedDB: new IDBFactory(), IDBKeyRange },
    blog: { kind: 'content-api', url: siteUrl, database: 'paperboy' },
    route,
    controlled,
    http,
  });
  return { visit, ctx, db, asked, changed, source };
}

const read = (visit: FirstVisit, store: 'site' | 'pages' | 'articles', key: IDBValidKey) =>
  visit.reads.get<Record<string, unknown>>(store, key);

describe('startFirstVisit', () => {
  it('holds what arrives, validated, for the views to read, and tells them', async () => {
    const { visit, changed } = firstVisit(blog);
    await vi.waitFor(async () => expect(await read(visit, 'pages', ['science', 1])).toBeDefined());
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    expect(await read(visit, 'site', 'site')).toMatchObject({ title: 'My Blog' });
    const articles = await visit.reads.all<{ slug: string }>('articles');
    expect(articles.map((a) => a.slug).sort()).toEqual(['a', 'b', 'c']);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('validates each document in a task of its own, not in the task it arrived in', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const { visit, changed } = firstVisit(blog);
    // How many documents had been held (each tells the views once) as each task it asked for began.
    const atTask: number[] = [];
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
      realSetTimeout(() => {
        if (ms === undefined) atTask.push(changed.length);
        run();
      }, ms)) as typeof setTimeout);
    onTestFinished(() => void vi.restoreAllMocks());
    await vi.waitFor(async () => expect(await read(visit, 'pages', ['science', 1])).toBeDefined());
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    expect(atTask).toEqual([0, 1, 2]);
  });

  it('holds the article an article view shows', async () => {
    const { visit } = firstVisit(blog, { name: 'article', slug: 'a' });
    await vi.waitFor(async () => expect(await read(visit, 'articles', 'a')).toHaveProperty('html'));
  });

  it('wants the writer at once when a document fails, and still holds the rest', async () => {
    const broken = { ...blog, [pageUrl('science', 1)]: { version: 1, section: 'science' } };
    const { visit } = firstVisit(broken);
    await visit.wanted;
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    expect(await read(visit, 'pages', ['science', 1])).toBeUndefined();
  });

  it('wants the writer when the first view lists more sections than are asked for early', async () => {
    const { visit } = firstVisit({ [siteUrl]: { ...rawSite(), sections: sectionsOf(13) } });
    await expect(visit.wanted).resolves.toBeUndefined();
  });

  it('hands every document it holds to the writer, which stores it without asking again', async () => {
    const { visit, ctx, db, asked, source } = firstVisit(blog);
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    const writer = createWriter(ctx);
    await visit.handOver(writer);
    expect(await db.site.get('site')).toMatchObject({ title: 'My Blog' });
    expect(await db.pages.count()).toBe(2);
    expect((await db.articles.toArray()).map((a) => a.slug).sort()).toEqual(['a', 'b', 'c']);
    // Stored, the documents are fresh: the views' own refreshes ask for nothing again.
    await writer.syncSite();
    await writer.syncSectionPage('world-news', 1);
    expect(new Set(asked).size).toBe(asked.length);
    expect((source as FakeSource).requests).toEqual([]);
  });

  it('lets go of what was stored, and keeps on screen what the writer failed to store', async () => {
    const { visit, ctx } = firstVisit(blog);
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    const writer = createWriter(ctx);
    const refusing = {
      storeDocument: async (doc: Parameters<typeof writer.storeDocument>[0]) => {
        if (doc.kind === 'section' && doc.section === 'science') throw new Error('full');
        return writer.storeDocument(doc);
      },
    };
    await visit.handOver(refusing);
    await ctx.db.pages.delete(['world-news', 1]);
    // Stored, then gone from the store: gone for the views too.
    expect(await read(visit, 'pages', ['world-news', 1])).toBeUndefined();
    expect(await read(visit, 'pages', ['science', 1])).toBeDefined();
  });

  it('hands over once, however often the writer is opened', async () => {
    const { visit, ctx } = firstVisit(blog);
    await vi.waitFor(async () =>
      expect(await read(visit, 'pages', ['world-news', 1])).toBeDefined(),
    );
    const writer = createWriter(ctx);
    const storeDocument = vi.spyOn(writer, 'storeDocument');
    await visit.handOver(writer);
    const stored = storeDocument.mock.calls.length;
    await visit.handOver(writer);
    expect(stored).toBeGreaterThan(0);
    expect(storeDocument).toHaveBeenCalledTimes(stored);
  });

  it('on a later visit holds nothing: the views read the store, and the writer fetches', async () => {
    const { visit, asked } = firstVisit(blog, { name: 'home' }, true);
    expect(visit.wanted).toBeUndefined();
    await visit.handOver(createWriter(openTestContext(new FakeSource({})).ctx));
    expect(asked).toEqual([]);
  });
});
