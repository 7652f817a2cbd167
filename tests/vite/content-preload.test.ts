import { describe, expect, it } from 'vitest';
import {
  builtConfig,
  contentHref,
  firstVisitDocuments,
  withContentPreload,
} from '../../vite/contentPreload';
import { addressIn } from '../../src/startup/config-file';

describe('contentHref', () => {
  it("is the demo blog's site document under the app's base by default", () => {
    expect(contentHref(undefined, '/')).toBe('/content/site.json');
    expect(contentHref('', '/reader/')).toBe('/reader/content/site.json');
  });

  it('resolves a configured URL as the page does: relative to the base, or absolute', () => {
    expect(contentHref('blog/site.json?v=2', '/reader/')).toBe('/reader/blog/site.json?v=2');
    expect(contentHref('/feeds/site.json', '/reader/')).toBe('/feeds/site.json');
    expect(contentHref('https://blog.example/paperboy/site.json', '/')).toBe(
      'https://blog.example/paperboy/site.json',
    );
  });
});

describe('firstVisitDocuments', () => {
  it('asks for config.json first, which may name another blog, then the build’s blog', () => {
    expect(firstVisitDocuments(undefined, '/reader/')).toEqual([
      '/reader/config.json',
      '/reader/content/site.json',
    ]);
  });
});

describe('builtConfig', () => {
  it('names the build’s own blog, which the app reads as its default', () => {
    const text = builtConfig(undefined, '/reader/');
    expect(JSON.parse(text)).toEqual({ blog: '/reader/content/site.json' });
    expect(addressIn(text, 'https://app.example/reader/config.json')).toBe(
      'https://app.example/reader/content/site.json',
    );
    expect(JSON.parse(builtConfig('https://blog.example/site.json', '/'))).toEqual({
      blog: 'https://blog.example/site.json',
    });
  });
});

describe('withContentPreload', () => {
  const page = '<html><head><title>Paperboy</title></head><body></body></html>';

  it('asks for the document from the head, as the fetch that will take it asks', () => {
    const html = withContentPreload(page, '/content/site.json');
    expect(html).toMatch(
      /<link rel="preload" href="\/content\/site\.json" as="fetch" crossorigin>\s*<\/head>/,
    );
    expect(html.match(/<link/g)).toHaveLength(1);
  });

  it('asks before the page’s scripts, in the order given', () => {
    const scripted = '<html><head><script type="module" src="/a.js"></script></head></html>';
    const html = ['/config.json', '/content/site.json'].reduce(withContentPreload, scripted);
    expect(html.indexOf('/config.json')).toBeLessThan(html.indexOf('/content/site.json'));
    expect(html.indexOf('/content/site.json')).toBeLessThan(html.indexOf('<script'));
  });

  it('keeps the URL whole inside its attribute', () => {
    expect(withContentPreload(page, '/site.json?a=1&b="2"')).toContain(
      'href="/site.json?a=1&amp;b=&quot;2&quot;"',
    );
  });
});
