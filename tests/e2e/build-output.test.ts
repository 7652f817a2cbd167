import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileHint } from '../../vite/compileHints';

/** The built app's files as the browser gets them (npm run test:e2e builds dist/ first). */

const dist = resolve('dist');
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string }
>;
const opening = (file: string) => readFileSync(join(dist, file), 'utf8').split('\n', 1)[0];

describe('the built page', () => {
  it("opens each of the first view's scripts with V8's compile hint, as their first line", () => {
    const scripts = [
      ...indexHtml.matchAll(
        /<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/([^"]+\.js)"/g,
      ),
    ].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of scripts) expect(opening(script), script).toBe(compileHint);
  });

  it('hints the lazy views too, but not the fallbacks', () => {
    const fileOf = (source: string) => manifest[source]?.file ?? `missing: ${source}`;
    expect(opening(fileOf('src/views/article/ArticleView.svelte'))).toBe(compileHint);
    expect(opening(fileOf('src/data/browser.ts'))).not.toBe(compileHint);
    expect(opening(fileOf('node_modules/fake-indexeddb/build/esm/index.js'))).not.toBe(compileHint);
  });

  it('leaves the manifest link out: the app links it once its first view is drawn', () => {
    expect(indexHtml).not.toMatch(/rel="?manifest/);
  });
});
