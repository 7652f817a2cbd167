import { describe, expect, it, vi } from 'vitest';
import { EarlyDocuments } from '../../src/sources/early';
import { createStaticSource } from '../../src/sources/static';

const entry = 'https://blog.example/content/site.json';

function setup() {
  const fake = vi.fn(async (input: RequestInfo | URL) => Response.json({ asked: String(input) }));
  const source = createStaticSource(entry, {
    timeoutMs: 5_000,
    maxBytes: 1024,
    fetch: fake as typeof fetch,
  });
  const asked = () => fake.mock.calls.map(([input]) => String(input));
  return { source, asked };
}

describe('createStaticSource', () => {
  it('reads the site document from exactly the entry URL', async () => {
    const { source, asked } = setup();
    await expect(source.site()).resolves.toEqual({ url: entry, body: { asked: entry } });
    expect(asked()).toEqual([entry]);
  });

  it('reads a section page from exactly the href given', async () => {
    const { source, asked } = setup();
    const href = 'https://cdn.example/feeds/world-news/page-2.json?v=3';
    await expect(source.sectionPage(href)).resolves.toEqual({ url: href, body: { asked: href } });
    expect(asked()).toEqual([href]);
  });

  it('reads an article from exactly the href given', async () => {
    const { source, asked } = setup();
    const href = 'https://blog.example/content/articles/harbour-strike.json';
    await expect(source.article(href)).resolves.toEqual({ url: href, body: { asked: href } });
    expect(asked()).toEqual([href]);
  });

  it("passes the caller's abort signal on", async () => {
    const fake = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const source = createStaticSource(entry, {
      timeoutMs: 5_000,
      maxBytes: 1024,
      fetch: fake as typeof fetch,
    });
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const pending = source.article('https://blog.example/a.json', controller.signal);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe('createStaticSource with documents asked for early', () => {
  const page = 'https://blog.example/sections/world/1.json';
  const article = 'https://blog.example/articles/harbour.json';
  const withEarly = (answer: (url: string) => Promise<Response>) => {
    const fake = vi.fn(async (input: RequestInfo | URL) => answer(String(input)));
    const options = { timeoutMs: 5_000, maxBytes: 1024, fetch: fake as typeof fetch };
    const taken: string[] = [];
    const early = new EarlyDocuments(options, (url) => taken.push(url));
    return { fake, early, taken, source: createStaticSource(entry, options, early) };
  };

  it('answers the first request for each from it, and asks afresh after', async () => {
    let round = 0;
    const { fake, early, source } = withEarly(async (url) => Response.json({ url, round }));
    void early.ask(entry);
    void early.ask(page);
    void early.ask(article);
    round = 1;
    await expect(source.site()).resolves.toEqual({ url: entry, body: { url: entry, round: 0 } });
    await expect(source.sectionPage(page)).resolves.toMatchObject({ body: { round: 0 } });
    await expect(source.article(article)).resolves.toMatchObject({ body: { round: 0 } });
    expect(fake).toHaveBeenCalledTimes(3);
    await expect(source.site()).resolves.toMatchObject({ body: { round: 1 } });
    await expect(source.sectionPage(page)).resolves.toMatchObject({ body: { round: 1 } });
    await expect(source.article(article)).resolves.toMatchObject({ body: { round: 1 } });
    expect(fake).toHaveBeenCalledTimes(6);
  });

  it('passes on an early failure once, so Retry asks again', async () => {
    let fail = true;
    const { early, source } = withEarly(async (url) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : Response.json({ url }),
    );
    void early.ask(entry);
    fail = false;
    await expect(source.site()).rejects.toMatchObject({ name: 'ContentError' });
    await expect(source.site()).resolves.toEqual({ url: entry, body: { url: entry } });
  });

  it('asks itself for what was not asked early', async () => {
    const { fake, source, taken } = withEarly(async (url) => Response.json({ url }));
    await expect(source.sectionPage(page)).resolves.toEqual({ url: page, body: { url: page } });
    expect(fake).toHaveBeenCalledTimes(1);
    expect(taken).toEqual([]);
  });

  it('tells who asked early when the source takes each document, once', async () => {
    const { early, source, taken } = withEarly(async (url) => Response.json({ url }));
    void early.ask(page);
    await source.sectionPage(page);
    await source.sectionPage(page);
    expect(taken).toEqual([page]);
  });
});
