import { describe, expect, it } from 'vitest';
import { compiledWhole } from '../../vite/compileHints';

const root = '/work/paperboy';

describe('compiledWhole', () => {
  it('takes the chunks whose code runs once loaded: the first view, a view, the client', () => {
    for (const ids of [
      [`${root}/src/main.ts`, `${root}/src/App.svelte`],
      [`${root}/node_modules/svelte/src/internal/client/index.js`],
      [
        `${root}/src/views/article/ArticleView.svelte`,
        `${root}/node_modules/dompurify/dist/purify.es.mjs`,
      ],
      [`${root}/src/data/worker/client.ts`],
    ]) {
      expect(compiledWhole({ moduleIds: ids }), ids.join()).toBe(true);
    }
  });

  it('leaves out the fallbacks, of which a visit runs a small part', () => {
    expect(
      compiledWhole({ moduleIds: [`${root}/src/data/browser.ts`, `${root}/src/data/writer.ts`] }),
    ).toBe(false);
    expect(
      compiledWhole({ moduleIds: [`${root}/node_modules/fake-indexeddb/build/esm/index.js`] }),
    ).toBe(false);
  });

  it('does not mistake a module that only shares a name with a fallback', () => {
    expect(compiledWhole({ moduleIds: [`${root}/src/sources/browser-fetch.ts`] })).toBe(true);
  });
});
