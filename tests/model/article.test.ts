import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { countWords } from '../../src/model/reading';
import { articleUrl, doc, rawArticle, rawSummary } from '../factories';
import { faultOf, invalidPathOf } from './fault';
import { summaryRules } from './summary-rules';

const url = articleUrl('harbour-strike');
const article = (overrides: Record<string, unknown> = {}) =>
  parseArticle(doc(url, rawArticle('harbour-strike', overrides)));

/** An HTML body of exactly `count` words. */
const bodyOf = (count: number) => `<p>${Array.from({ length: count }, () => 'word').join(' ')}</p>`;

describe('parseArticle: a valid article document', () => {
  it('keeps its fields, uses the document URL as its href and keeps the html as it is', () => {
    const parsed = article({
      updated: '2026-11-27T07:10:00Z',
      author: { name: 'Jane Doe', url: 'https://example.org/authors/jane' },
      tags: ['ports', 'labour'],
      html: '<p>Cranes <em>stood</em> still.</p><script>x()</script>',
      minutes: 4,
    });
    expect(parsed).toEqual({
      slug: 'harbour-strike',
      title: 'Title of harbour-strike',
      section: 'world-news',
      href: url,
      published: '2026-11-26T18:30:00Z',
      updated: '2026-11-27T07:10:00Z',
      author: { name: 'Jane Doe', url: 'https://example.org/authors/jane' },
      excerpt: 'Excerpt of harbour-strike.',
      tags: ['ports', 'labour'],
      minutes: 4,
      html: '<p>Cranes <em>stood</em> still.</p><script>x()</script>',
      related: [],
    });
  });

  it('resolves its own href, image src and related hrefs against the document URL', () => {
    const parsed = article({
      href: 'harbour-strike.json?v=2',
      image: { src: '../images/cranes.webp', alt: 'Idle cranes', width: 1200, height: 675 },
      related: [
        rawSummary('bridge-opens', {
          href: 'bridge-opens.json',
          image: { src: '/img/bridge.png', alt: '' },
        }),
        rawSummary('ferry-returns', { href: 'https://other.example/ferry.json' }),
      ],
    });
    expect(parsed.href).toBe('https://blog.example/content/articles/harbour-strike.json?v=2');
    expect(parsed.image).toEqual({
      src: 'https://blog.example/content/images/cranes.webp',
      alt: 'Idle cranes',
      width: 1200,
      height: 675,
    });
    expect(parsed.related.map((r) => r.href)).toEqual([
      'https://blog.example/content/articles/bridge-opens.json',
      'https://other.example/ferry.json',
    ]);
    expect(parsed.related[0]?.image).toEqual({
      src: 'https://blog.example/img/bridge.png',
      alt: '',
    });
  });

  it('keeps an absolute image src and an empty alt for a decorative image', () => {
    const parsed = article({ image: { src: 'https://cdn.example/a.jpg', alt: '' } });
    expect(parsed.image).toEqual({ src: 'https://cdn.example/a.jpg', alt: '' });
  });

  it('defaults tags to an empty list and trims the excerpt', () => {
    const parsed = article({ excerpt: '  Cranes stood still.  ' });
    expect(parsed.tags).toEqual([]);
    expect(parsed.excerpt).toBe('Cranes stood still.');
  });

  it('accepts an updated equal to published and an article with no version field', () => {
    const parsed = article({ updated: '2026-11-26T18:30:00Z' });
    expect(parsed.updated).toBe('2026-11-26T18:30:00Z');
  });

  it('accepts version 1 on an article', () => {
    expect(article({ version: 1 }).slug).toBe('harbour-strike');
  });

  it('keeps related posts in order and drops a related entry that is the article itself', () => {
    const parsed = article({
      related: [rawSummary('b'), rawSummary('harbour-strike'), rawSummary('a')],
    });
    expect(parsed.related.map((r) => r.slug)).toEqual(['b', 'a']);
  });

  it('accepts exactly 10 related posts and an html body of exactly 2 MB', () => {
    const html = 'a'.repeat(2 * 1024 * 1024);
    const parsed = article({
      html,
      related: Array.from({ length: 10 }, (_, i) => rawSummary(`r${i}`)),
    });
    expect(parsed.related).toHaveLength(10);
    expect(parsed.html).toHaveLength(html.length);
  });
});

describe('parseArticle: reading time', () => {
  it('computes minutes from the body when absent', () => {
    expect(countWords(bodyOf(1100))).toBe(1100);
    expect(article({ html: bodyOf(1100) }).minutes).toBe(5);
    expect(article({ html: bodyOf(10) }).minutes).toBe(1);
  });

  it('keeps minutes given by the blog even when the body says otherwise', () => {
    expect(article({ html: bodyOf(1100), minutes: 12 }).minutes).toBe(12);
  });
});

describe('parseArticle: refusals', () => {
  it.each(summaryRules)('refuses %s', (_name, overrides, path) => {
    expect(invalidPathOf(() => article(overrides))).toBe(path);
  });

  it.each(summaryRules)('refuses a related entry with %s', (_name, overrides, path) => {
    const related = [rawSummary('fine'), rawSummary('bridge-opens', overrides)];
    expect(invalidPathOf(() => article({ related }))).toBe(`related[1].${path}`);
  });

  it('refuses an html body over 2 MB, counted in bytes not characters', () => {
    expect(invalidPathOf(() => article({ html: 'a'.repeat(2 * 1024 * 1024 + 1) }))).toBe('html');
    // 1 Mi + 1 two-byte characters: well under 2 M characters, just over 2 MB.
    expect(invalidPathOf(() => article({ html: 'é'.repeat(1024 * 1024 + 1) }))).toBe('html');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing html', { html: undefined }, 'html'],
    ['an html that is not a string', { html: { text: 'x' } }, 'html'],
    [
      'more than 10 related posts',
      { related: Array.from({ length: 11 }, (_, i) => rawSummary(`r${i}`)) },
      'related',
    ],
    ['a related entry with a bad slug', { related: [rawSummary('Bad Slug')] }, 'related[0].slug'],
    [
      'a related entry without an href',
      { related: [rawSummary('x', { href: undefined })] },
      'related[0].href',
    ],
    ['a javascript: href', { href: 'javascript:alert(1)' }, 'href'],
  ])('refuses %s', (_name, overrides, path) => {
    expect(invalidPathOf(() => article(overrides))).toBe(path);
  });

  it('refuses another major version', () => {
    expect(faultOf(() => article({ version: 2 }))).toEqual({ kind: 'version', version: 2 });
  });

  it('explains an updated before published in plain words', () => {
    expect(faultOf(() => article({ updated: '2026-01-01T00:00:00Z' }))).toEqual({
      kind: 'invalid',
      path: 'updated',
      problem: 'must not be before the published date',
    });
  });
});

describe('parseArticle: untrusted keys', () => {
  it('drops unknown fields on the article, its author, image and related posts', () => {
    const parsed = article({
      script: 'alert(1)',
      author: { name: 'A', twitter: '@a' },
      image: { src: 'a.jpg', alt: '', onload: 'x' },
      related: [rawSummary('b', { body: '<p>full</p>' })],
    });
    expect(parsed).not.toHaveProperty('script');
    expect(parsed.author).toEqual({ name: 'A' });
    expect(parsed.image).not.toHaveProperty('onload');
    expect(parsed.related[0]).not.toHaveProperty('body');
  });

  it('never lets __proto__ or constructor from JSON reach a prototype or the output', () => {
    const base = JSON.stringify(rawArticle('harbour-strike'));
    const text = base
      .replace(/^\{/, '{"__proto__": {"polluted": true}, "constructor": {"polluted": true}, ')
      .replace('"author":{', '"author":{"__proto__": {"polluted": true},');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.hasOwn(body, '__proto__')).toBe(true); // the attack is really in the input
    const parsed = parseArticle(doc(url, body));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parsed.author)).toBe(Object.prototype);
    for (const target of [parsed, parsed.author]) {
      expect(Object.hasOwn(target, '__proto__')).toBe(false);
      expect(Object.hasOwn(target, 'constructor')).toBe(false);
      expect((target as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
