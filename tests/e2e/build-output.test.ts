import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, readManifest } from '../../scripts/bundle-sizes.mjs';
import { compileHint } from '../../vite/compileHints';

/** The built app's scripts as the browser gets them (npm run test:e2e builds dist/ first). */

const dist = resolve('dist');
const opening = (file: string) => readFileSync(join(dist, file), 'utf8').split('\n', 1)[0];

describe('the built scripts', () => {
  it("opens each of the first view's scripts with V8's compile hint, as their first line", () => {
    const scripts = bundleSizes(dist).firstView.files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of scripts) expect(opening(script), script).toBe(compileHint);
  });

  it('hints the lazy views too, but not the fallbacks', () => {
    const manifest = readManifest(dist);
    const fileOf = (source: string) => manifest[source]?.file ?? `missing: ${source}`;
    expect(opening(fileOf('src/views/article/ArticleView.svelte'))).toBe(compileHint);
    expect(opening(fileOf('src/data/browser.ts'))).not.toBe(compileHint);
    expect(opening(fileOf('node_modules/fake-indexeddb/build/esm/index.js'))).not.toBe(compileHint);
  });
});
