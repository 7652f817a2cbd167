import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSectionPage } from '../../src/model/section';
import { doc, pageUrl, rawPage, rawSummary } from '../factories';
import { faultOf, invalidPathOf } from './fault';
import { summaryRules } from './summary-rules';

const url = pageUrl('world-news', 1);
const page = (body: Record<string, unknown>, at = url) => parseSectionPage(doc(at, body));

afterEach(() => {
  vi.restoreAllMocks();
});

function spyOnWarn() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('parseSectionPage: a valid page', () => {
  it('resolves next and every summary href against the page URL', () => {
    const parsed = page(rawPage('world-news', 1, 3, ['harbour-strike', 'bridge-opens']));
    expect(parsed).toMatchObject({
      url,
      section: 'world-news',
      page: 1,
      pages: 3,
      next: 'https://blog.example/content/sections/world-news/2.json',
      skipped: 0,
    });
    expect(parsed.articles.map((a) => a.href)).toEqual([
      'https://blog.example/content/articles/harbour-strike.json',
      'https://blog.example/content/articles/bridge-opens.json',
    ]);
  });

  it('resolves image srcs and keeps absolute hrefs as they are', () => {
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        articles: [
          rawSummary('a', {
            href: 'https://cdn.example/a.json',
            image: { src: '../../images/a.webp', alt: 'A', width: 10, height: 5 },
          }),
        ],
      }),
    );
    expect(parsed.articles[0]?.href).toBe('https://cdn.example/a.json');
    expect(parsed.articles[0]?.image).toEqual({
      src: 'https://blog.example/content/images/a.webp',
      alt: 'A',
      width: 10,
      height: 5,
    });
  });

  it('leaves out next on the last page, whether null or absent', () => {
    expect(page(rawPage('world-news', 2, 2, ['a']))).not.toHaveProperty('next');
    expect(page(rawPage('world-news', 1, 1, ['a'], { next: undefined }))).not.toHaveProperty(
      'next',
    );
  });

  it('accepts an empty page and a page of exactly 100 summaries', () => {
    expect(page(rawPage('world-news', 1, 1, [])).articles).toEqual([]);
    const slugs = Array.from({ length: 100 }, (_, i) => `a${i}`);
    expect(page(rawPage('world-news', 1, 1, slugs)).articles).toHaveLength(100);
  });

  it('does not warn when every summary is good', () => {
    const warn = spyOnWarn();
    page(rawPage('world-news', 1, 1, ['a', 'b']));
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('parseSectionPage: refusals of the whole page', () => {
  it('refuses another major version', () => {
    expect(faultOf(() => page(rawPage('world-news', 1, 1, ['a'], { version: 2 })))).toEqual({
      kind: 'version',
      version: 2,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['page greater than pages', { page: 3, pages: 2, next: null }, 'page'],
    ['page 0', { page: 0 }, 'page'],
    ['pages that is not a whole number', { pages: 1.5 }, 'pages'],
    ['a bad section slug', { section: 'World News' }, 'section'],
    ['a javascript: next', { next: 'javascript:alert(1)' }, 'next'],
    ['articles that are not a list', { articles: { a: 1 } }, 'articles'],
    [
      'more than 100 articles',
      { articles: Array.from({ length: 101 }, (_, i) => rawSummary(`a${i}`)) },
      'articles',
    ],
  ])('refuses %s', (_name, overrides, path) => {
    expect(invalidPathOf(() => page(rawPage('world-news', 1, 1, ['a'], overrides)))).toBe(path);
  });

  it('refuses a missing version as an invalid "version" field', () => {
    const { version: _v, ...body } = rawPage('world-news', 1, 1, ['a']);
    expect(faultOf(() => page(body))).toEqual({
      kind: 'invalid',
      path: 'version',
      problem: 'is missing',
    });
  });

  it('says page must not be greater than pages', () => {
    expect(faultOf(() => page(rawPage('world-news', 3, 2, [])))).toEqual({
      kind: 'invalid',
      path: 'page',
      problem: 'must not be greater than pages',
    });
  });
});

describe('parseSectionPage: one bad summary among good ones', () => {
  it('skips the bad one, keeps the others in order and warns once', () => {
    const warn = spyOnWarn();
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        articles: [
          rawSummary('first'),
          rawSummary('second', { published: 'yesterday' }),
          rawSummary('third'),
          rawSummary('fourth'),
        ],
      }),
    );
    expect(parsed.skipped).toBe(1);
    expect(parsed.articles.map((a) => a.slug)).toEqual(['first', 'third', 'fourth']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls[0])).toContain('articles[1].published');
    expect(JSON.stringify(warn.mock.calls[0])).toContain(url);
  });

  it('warns once for several bad summaries and counts each', () => {
    const warn = spyOnWarn();
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        articles: [null, rawSummary('ok'), rawSummary('Bad'), 'text'],
      }),
    );
    expect(parsed.skipped).toBe(3);
    expect(parsed.articles.map((a) => a.slug)).toEqual(['ok']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls[0])).toContain('articles[2].slug');
  });

  it.each(summaryRules)('skips a summary with %s', (_name, overrides, path) => {
    const warn = spyOnWarn();
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        articles: [rawSummary('good'), rawSummary('bad', overrides)],
      }),
    );
    expect(parsed.skipped).toBe(1);
    expect(parsed.articles.map((a) => a.slug)).toEqual(['good']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls[0])).toContain(`articles[1].${path}`);
  });

  it('skips a summary without an href (only an article document may omit it)', () => {
    spyOnWarn();
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        articles: [rawSummary('a', { href: undefined }), rawSummary('b')],
      }),
    );
    expect(parsed.skipped).toBe(1);
    expect(parsed.articles.map((a) => a.slug)).toEqual(['b']);
  });
});

describe('parseSectionPage: untrusted keys', () => {
  it('drops unknown fields on the page and on its summaries', () => {
    const parsed = page(
      rawPage('world-news', 1, 1, [], {
        sponsor: 'ACME',
        articles: [rawSummary('a', { html: '<p>not here</p>', sponsored: true })],
      }),
    );
    expect(parsed).not.toHaveProperty('sponsor');
    expect(parsed.articles[0]).not.toHaveProperty('html');
    expect(parsed.articles[0]).not.toHaveProperty('sponsored');
  });

  it('never lets __proto__ or constructor from JSON reach a prototype or the output', () => {
    const text = JSON.stringify(rawPage('world-news', 1, 1, ['a']))
      .replace(/^\{/, '{"__proto__": {"polluted": true}, "constructor": {"polluted": true}, ')
      .replace('{"slug":"a"', '{"__proto__": {"polluted": true}, "slug":"a"');
    const body = JSON.parse(text) as Record<string, unknown>;
    const parsed = page(body);
    const [summary] = parsed.articles;
    expect(summary?.slug).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const target of [parsed, summary ?? {}]) {
      expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
      expect(Object.hasOwn(target, '__proto__')).toBe(false);
      expect(Object.hasOwn(target, 'constructor')).toBe(false);
      expect((target as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
