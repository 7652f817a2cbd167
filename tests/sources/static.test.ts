import { describe, expect, it, vi } from 'vitest';
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
