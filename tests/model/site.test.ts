import { describe, expect, it } from 'vitest';
import { articleUrl, parseSite } from '../../src/model/site';
import { doc, rawSite, siteUrl } from '../factories';
import { contentErrorOf, faultOf, invalidPathOf } from './fault';

const site = (overrides: Record<string, unknown> = {}) =>
  parseSite(doc(siteUrl, rawSite(overrides)));

const sections = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `s${i}`,
    title: `Section ${i}`,
    href: `sections/s${i}/1.json`,
  }));

describe('parseSite: a valid site document', () => {
  it('keeps its fields and resolves each section href against the document URL', () => {
    const parsed = site();
    expect(parsed).toEqual({
      url: siteUrl,
      title: 'My Blog',
      description: 'News and notes',
      language: 'en',
      updated: '2026-11-27T09:00:00Z',
      articleTemplate: 'articles/{slug}.json',
      sections: [
        {
          slug: 'world-news',
          title: 'World News',
          description: 'The world',
          href: 'https://blog.example/content/sections/world-news/1.json',
        },
        {
          slug: 'science',
          title: 'Science',
          description: '',
          href: 'https://blog.example/content/sections/science/1.json',
        },
      ],
    });
  });

  it('keeps absolute section hrefs and resolves root-relative and parent-relative ones', () => {
    const parsed = site({
      sections: [
        { slug: 'a', title: 'A', href: 'https://cdn.example/a/1.json' },
        { slug: 'b', title: 'B', href: '/elsewhere/b/1.json' },
        { slug: 'c', title: 'C', href: '../c/1.json' },
        { slug: 'd', title: 'D', href: '//mirror.example/d/1.json' },
      ],
    });
    expect(parsed.sections.map((s) => s.href)).toEqual([
      'https://cdn.example/a/1.json',
      'https://blog.example/elsewhere/b/1.json',
      'https://blog.example/c/1.json',
      'https://mirror.example/d/1.json',
    ]);
  });

  it('defaults the language to "en", the description to empty and leaves out a missing updated', () => {
    const { language: _l, description: _d, updated: _u, ...rest } = rawSite();
    const parsed = parseSite(doc(siteUrl, rest));
    expect(parsed.language).toBe('en');
    expect(parsed.description).toBe('');
    expect(parsed).not.toHaveProperty('updated');
  });

  it('trims the title and accepts a region-qualified language tag', () => {
    const parsed = site({ title: '  Morning Post  ', language: 'pt-BR' });
    expect(parsed.title).toBe('Morning Post');
    expect(parsed.language).toBe('pt-BR');
  });

  it('accepts a title of exactly 200 characters and exactly 100 sections', () => {
    const parsed = site({ title: 'x'.repeat(200), sections: sections(100) });
    expect(parsed.title).toHaveLength(200);
    expect(parsed.sections).toHaveLength(100);
  });
});

describe('articleUrl', () => {
  it('expands the template and resolves it against the site document URL', () => {
    expect(articleUrl(site(), 'some-slug')).toBe(
      'https://blog.example/content/articles/some-slug.json',
    );
  });

  it('percent-encodes the slug so it cannot change the path', () => {
    expect(articleUrl(site(), 'a b/../c?d#e')).toBe(
      'https://blog.example/content/articles/a%20b%2F..%2Fc%3Fd%23e.json',
    );
  });

  it('follows an absolute template and a template with the slug in the query', () => {
    expect(articleUrl(site({ article: 'https://cdn.example/posts/{slug}.json' }), 'x')).toBe(
      'https://cdn.example/posts/x.json',
    );
    expect(articleUrl(site({ article: '../api/article.json?slug={slug}' }), 'x')).toBe(
      'https://blog.example/api/article.json?slug=x',
    );
  });
});

describe('parseSite: refusals', () => {
  it('refuses another major version with a version fault, before anything else', () => {
    expect(faultOf(() => site({ version: 2, title: '' }))).toEqual({ kind: 'version', version: 2 });
  });

  it('names the document URL in the error', () => {
    expect(contentErrorOf(() => site({ title: '' })).url).toBe(siteUrl);
  });

  it.each([null, [], 'a string', 42])('refuses a body that is not an object: %j', (body) => {
    expect(faultOf(() => parseSite(doc(siteUrl, body)))).toMatchObject({
      kind: 'invalid',
      path: '',
    });
  });

  it('refuses a missing version as an invalid "version" field', () => {
    const { version: _v, ...rest } = rawSite();
    expect(faultOf(() => parseSite(doc(siteUrl, rest)))).toEqual({
      kind: 'invalid',
      path: 'version',
      problem: 'is missing',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty title', { title: '' }, 'title'],
    ['a whitespace-only title', { title: ' \n\t ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a missing title', { title: undefined }, 'title'],
    ['a title that is not a string', { title: 7 }, 'title'],
    ['a language that is not a BCP 47 tag', { language: 'en_US' }, 'language'],
    ['an empty language', { language: '' }, 'language'],
    ['an updated that is not a date', { updated: 'last tuesday' }, 'updated'],
    ['an updated that is only a date', { updated: '2026-11-27' }, 'updated'],
    ['an article template without {slug}', { article: 'articles/latest.json' }, 'article'],
    ['an article template with two {slug}', { article: '{slug}/{slug}.json' }, 'article'],
    ['a missing article template', { article: undefined }, 'article'],
    ['a javascript: article template', { article: 'javascript:alert("{slug}")' }, 'article'],
    ['no sections', { sections: [] }, 'sections'],
    ['more than 100 sections', { sections: sections(101) }, 'sections'],
    [
      'a repeated section slug',
      { sections: [...sections(2), { slug: 's0', title: 'Again', href: 'x.json' }] },
      'sections',
    ],
    [
      'a section slug with a space and capitals',
      { sections: [{ slug: 'World News', title: 'W', href: 'w.json' }] },
      'sections[0].slug',
    ],
    [
      'a section slug starting with a hyphen',
      { sections: [...sections(1), { slug: '-x', title: 'X', href: 'x.json' }] },
      'sections[1].slug',
    ],
    [
      'a section slug over 100 characters',
      { sections: [{ slug: 'a'.repeat(101), title: 'A', href: 'a.json' }] },
      'sections[0].slug',
    ],
    [
      'a javascript: section href',
      { sections: [{ slug: 'a', title: 'A', href: 'javascript:alert(1)' }] },
      'sections[0].href',
    ],
    [
      'an empty section href',
      { sections: [{ slug: 'a', title: 'A', href: '' }] },
      'sections[0].href',
    ],
    [
      'a section without a title',
      { sections: [{ slug: 'a', href: 'a.json' }] },
      'sections[0].title',
    ],
  ])('refuses %s', (_name, overrides, path) => {
    expect(invalidPathOf(() => site(overrides))).toBe(path);
  });

  it('says in plain words what is wrong with the field', () => {
    expect(faultOf(() => site({ sections: [] }))).toEqual({
      kind: 'invalid',
      path: 'sections',
      problem: 'must list at least one section',
    });
    expect(faultOf(() => site({ article: 'a.json' }))).toMatchObject({
      problem: 'must hold exactly one {slug} placeholder',
    });
  });
});

describe('parseSite: untrusted keys', () => {
  it('drops unknown fields, on the site and on its sections', () => {
    const parsed = site({
      theme: 'dark',
      sections: [{ slug: 'a', title: 'A', href: 'a.json', colour: 'red' }],
    });
    expect(parsed).not.toHaveProperty('theme');
    expect(Object.keys(parsed.sections[0] ?? {}).sort()).toEqual([
      'description',
      'href',
      'slug',
      'title',
    ]);
  });

  it('never lets __proto__ or constructor reach a prototype or the output', () => {
    const text = JSON.stringify(rawSite()).replace(
      /^\{/,
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ',
    );
    const body: unknown = JSON.parse(text);
    const parsed = parseSite(doc(siteUrl, body));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.hasOwn(parsed, 'constructor')).toBe(false);
    expect((parsed as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
