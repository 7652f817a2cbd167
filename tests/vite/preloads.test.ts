import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { chunkFiles, inHead, withModulePreloads } from '../../vite/preloads';

describe('inHead', () => {
  it('adds each line at the end of the head, on a line of its own', () => {
    const page = '<html><head><title>Paperboy</title></head><body></body></html>';
    expect(inHead(page, ['<meta a>', '<meta b>'])).toBe(
      '<html><head><title>Paperboy</title>\n    <meta a>\n    <meta b>\n  </head><body></body></html>',
    );
    expect(inHead(page, [])).toBe(page);
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
