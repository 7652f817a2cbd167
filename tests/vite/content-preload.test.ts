import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import {
  chunkFiles,
  contentHref,
  withContentPreload,
  withModulePreloads,
} from '../../vite/contentPreload';

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

describe('withContentPreload', () => {
  const page = '<html><head><title>Paperboy</title></head><body></body></html>';

  it('asks for the document from the head, as the fetch that will take it asks', () => {
    const html = withContentPreload(page, '/content/site.json');
    expect(html).toMatch(
      /<link rel="preload" href="\/content\/site\.json" as="fetch" crossorigin>\s*<\/head>/,
    );
    expect(html.match(/<link/g)).toHaveLength(1);
  });

  it('keeps the URL whole inside its attribute', () => {
    expect(withContentPreload(page, '/site.json?a=1&b="2"')).toContain(
      'href="/site.json?a=1&amp;b=&quot;2&quot;"',
    );
  });
});

describe('withModulePreloads', () => {
  const page = '<html><head><title>Paperboy</title></head><body></body></html>';

  it('asks for each module from the head, as the import that will take it asks', () => {
    const html = withModulePreloads(page, ['/assets/a-1.js', '/assets/b-2.js']);
    expect(html).toMatch(
      /<link rel="modulepreload" crossorigin href="\/assets\/a-1\.js">\s*<link rel="modulepreload" crossorigin href="\/assets\/b-2\.js">\s*<\/head>/,
    );
    expect(withModulePreloads(page, [])).toBe(page);
  });
});

describe('chunkFiles', () => {
  const chunk = (fileName: string, imports: string[], extra: object = {}) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...extra,
  });
  const bundle = {
    'index.html': { type: 'asset', fileName: 'index.html' },
    'assets/index.js': chunk('assets/index.js', ['assets/vendor.js'], {
      isEntry: true,
      facadeModuleId: '/app/index.html',
    }),
    'assets/vendor.js': chunk('assets/vendor.js', []),
    'assets/preview.js': chunk('assets/preview.js', ['assets/model.js', 'assets/vendor.js'], {
      facadeModuleId: '/app/src/data/preview.ts',
    }),
    'assets/model.js': chunk('assets/model.js', ['assets/index.js', 'assets/rules.js']),
    'assets/rules.js': chunk('assets/rules.js', []),
  } as unknown as Rolldown.OutputBundle;

  it('is the chunk built from each module and what it imports, less what the entry loads', () => {
    expect(chunkFiles(bundle, ['src/data/preview.ts'])).toEqual([
      'assets/preview.js',
      'assets/model.js',
      'assets/rules.js',
    ]);
    expect(chunkFiles(bundle, [])).toEqual([]);
  });

  it('refuses a module no chunk is built from, rather than preload nothing', () => {
    expect(() => chunkFiles(bundle, ['src/data/gone.ts'])).toThrow(/src\/data\/gone\.ts/);
  });
});
