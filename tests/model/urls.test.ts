import { describe, expect, it } from 'vitest';
import {
  expandArticleTemplate,
  isAbsoluteHttp,
  isHttpOrRelative,
  resolveHref,
} from '../../src/model/urls';

describe('isHttpOrRelative', () => {
  it.each([
    'https://blog.example/a.json',
    'http://blog.example/a.json',
    'HTTPS://BLOG.EXAMPLE/A.JSON',
    'articles/a.json',
    '../x',
    './x',
    '/root/x',
    '//other.host/x',
    '?page=2',
    '#top',
  ])('accepts %j', (value) => {
    expect(isHttpOrRelative(value)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:editor@blog.example',
    'ftp://files.example/a.json',
    'file:///etc/passwd',
    'blob:https://blog.example/1234',
    'http://[not-an-ip',
  ])('refuses %j', (value) => {
    expect(isHttpOrRelative(value)).toBe(false);
  });
});

describe('isAbsoluteHttp', () => {
  it.each(['https://example.org/authors/jane', 'http://example.org', 'HTTP://EXAMPLE.ORG/'])(
    'accepts %j',
    (value) => {
      expect(isAbsoluteHttp(value)).toBe(true);
    },
  );

  it.each([
    '/authors/jane',
    'authors/jane',
    '//other.host/x',
    '../x',
    'mailto:jane@example.org',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'ftp://example.org',
    '',
  ])('refuses %j', (value) => {
    expect(isAbsoluteHttp(value)).toBe(false);
  });
});

describe('resolveHref', () => {
  const base = 'https://blog.example/content/sections/world-news/1.json';

  it.each([
    ['2.json', 'https://blog.example/content/sections/world-news/2.json'],
    ['../../articles/a.json', 'https://blog.example/content/articles/a.json'],
    ['../../../../../../x', 'https://blog.example/x'],
    ['/other/a.json', 'https://blog.example/other/a.json'],
    ['//other.host/x', 'https://other.host/x'],
    ['https://cdn.example/a.json', 'https://cdn.example/a.json'],
    ['?page=2', 'https://blog.example/content/sections/world-news/1.json?page=2'],
    ['a b.json', 'https://blog.example/content/sections/world-news/a%20b.json'],
  ])('resolves %j against the document URL', (href, expected) => {
    expect(resolveHref(href, base)).toBe(expected);
  });

  it('resolves against the document, not the page the app runs on', () => {
    expect(resolveHref('a.json', 'https://one.example/x/y.json')).toBe(
      'https://one.example/x/a.json',
    );
    expect(resolveHref('a.json', 'https://two.example/p/q/r.json')).toBe(
      'https://two.example/p/q/a.json',
    );
  });
});

describe('expandArticleTemplate', () => {
  it('replaces the {slug} placeholder', () => {
    expect(expandArticleTemplate('articles/{slug}.json', 'harbour-strike')).toBe(
      'articles/harbour-strike.json',
    );
    expect(expandArticleTemplate('api?slug={slug}&v=1', 'x')).toBe('api?slug=x&v=1');
  });

  it.each([
    ['a b', 'articles/a%20b.json'],
    ['../secret', 'articles/..%2Fsecret.json'],
    ['a?b#c', 'articles/a%3Fb%23c.json'],
    ['café', 'articles/caf%C3%A9.json'],
    ['$&', 'articles/%24%26.json'],
    ["$'", "articles/%24'.json"],
  ])('percent-encodes the slug %j', (slug, expected) => {
    expect(expandArticleTemplate('articles/{slug}.json', slug)).toBe(expected);
  });
});
