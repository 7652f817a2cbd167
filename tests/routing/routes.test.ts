import { describe, expect, it } from 'vitest';
import { hrefOf, isAppPath, parseRoute, paths, type Route } from '../../src/routing/routes';

// Vitest runs with the default base URL "/".

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['/', { name: 'home' }],
    ['', { name: 'home' }],
    ['/section/world-news', { name: 'section', slug: 'world-news' }],
    ['/section/world-news/', { name: 'section', slug: 'world-news' }],
    ['/section/a', { name: 'section', slug: 'a' }],
    ['/article/some-slug', { name: 'article', slug: 'some-slug' }],
    ['/article/some-slug/', { name: 'article', slug: 'some-slug' }],
    ['/article/2026-budget', { name: 'article', slug: '2026-budget' }],
    ['/article/some%2Dslug', { name: 'article', slug: 'some-slug' }],
    ['/section/%77orld', { name: 'section', slug: 'world' }],
    ['/history', { name: 'history' }],
  ])('reads %j', (pathname, route) => {
    expect(parseRoute(pathname)).toEqual(route);
  });

  it.each([
    '/foo',
    '/section',
    '/section/',
    '/article',
    '/section/a/b',
    '/article/a/b',
    '/article/UPPER',
    '/article/-starts-with-hyphen',
    '/article/with%20space',
    '/article/a%2Fb',
    '/article/%E0%A4%A',
    '/section/World%20News',
    `/section/${'a'.repeat(101)}`,
    `/article/${'a'.repeat(201)}`,
    '/content/site.json',
    '/content/articles/some-slug.json',
    '/favicon.svg',
    '/SECTION/world-news',
    'section/world-news',
  ])('gives not-found for %j', (pathname) => {
    expect(parseRoute(pathname)).toEqual({ name: 'not-found' });
  });

  it('accepts the longest slugs the contract allows', () => {
    expect(parseRoute(`/section/${'a'.repeat(100)}`)).toEqual({
      name: 'section',
      slug: 'a'.repeat(100),
    });
    expect(parseRoute(`/article/${'a'.repeat(200)}`)).toEqual({
      name: 'article',
      slug: 'a'.repeat(200),
    });
  });
});

describe('paths and hrefOf', () => {
  it('builds the app URLs', () => {
    expect(paths.home()).toBe('/');
    expect(paths.section('world-news')).toBe('/section/world-news');
    expect(paths.article('some-slug')).toBe('/article/some-slug');
  });

  it('percent-encodes a slug so it stays one path segment', () => {
    expect(paths.article('a/b c')).toBe('/article/a%2Fb%20c');
    expect(parseRoute(paths.article('a/b c'))).toEqual({ name: 'not-found' });
  });

  it.each<Route>([
    { name: 'home' },
    { name: 'section', slug: 'world-news' },
    { name: 'article', slug: 'ceasefire-talks-resume-in-cairo' },
    { name: 'article', slug: '0' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('sends not-found home', () => {
    expect(hrefOf({ name: 'not-found' })).toBe('/');
  });
});

describe('isAppPath', () => {
  it.each(['/', '/section/world-news', '/article/some-slug', '/article/some-slug/'])(
    'is true for the screen %j',
    (pathname) => {
      expect(isAppPath(pathname)).toBe(true);
    },
  );

  it.each(['/content/site.json', '/content/sections/world-news/1.json', '/foo', '/article/UPPER'])(
    'is false for %j',
    (pathname) => {
      expect(isAppPath(pathname)).toBe(false);
    },
  );
});
