import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { parseSectionPage } from '../../src/model/section';
import { parseSite } from '../../src/model/site';
import { fetchJson } from '../../src/sources/http';
import { rawArticle, rawPage, rawSummary } from '../factories';

const url = 'https://blog.example/content/x.json';

describe('bad documents', () => {
  it('skips a summary listed twice on a section page, keeping the first', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = rawPage('world-news', 1, 1, ['a', 'b']);
    (page.articles as unknown[]).push(rawSummary('a', { title: 'Impostor' }));
    const parsed = parseSectionPage({ url, body: page });
    expect(parsed.articles.map((a) => [a.slug, a.title])).toEqual([
      ['a', 'Title of a'],
      ['b', 'Title of b'],
    ]);
    expect(parsed.skipped).toBe(1);
  });

  it('refuses a deeply nested document without walking it', async () => {
    const depth = 200_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const fetch = (async () =>
      new Response(text, {
        headers: { 'Content-Type': 'application/json' },
      })) as typeof globalThis.fetch;
    const outcome = await fetchJson(url, { timeoutMs: 5_000, maxBytes: 4_000_000, fetch }).then(
      (raw) => {
        try {
          parseSite(raw);
          return 'accepted';
        } catch (error) {
          return (error as { fault?: { kind: string } }).fault?.kind;
        }
      },
      (error: { fault?: { kind: string } }) => error.fault?.kind,
    );
    expect(['not-json', 'invalid']).toContain(outcome);
  });

  it('refuses deep nesting inside a known field', () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) nested = { name: nested };
    expect(() => parseArticle({ url, body: rawArticle('a', { author: nested }) })).toThrow(
      expect.objectContaining({ fault: expect.objectContaining({ path: 'author.name' }) }),
    );
  });

  it('never lets __proto__ or constructor keys change a prototype', () => {
    const text =
      '{"version":1,"title":"T","article":"a/{slug}.json","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"sections":[{"slug":"s","title":"S","href":"s.json","__proto__":{"polluted":1}}]}';
    const site = parseSite({ url, body: JSON.parse(text) as unknown });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(site)).toBe(Object.prototype);
    expect(Object.keys(site.sections[0]!)).toEqual(['slug', 'title', 'description', 'href']);
  });
});
