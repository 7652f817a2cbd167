// Builds the app for the bench with Vite's JS API (the inline config merges with
// vite.config.ts) into its own outDir, so the lead's dist/ is never touched. One extra
// plugin adds the floor page to the build, so the same service worker precaches it, and
// records which source modules went into which chunk (to tell article-only code apart).
// The reference page (bench/reference/) is built after it, outside the app's config.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { floorHtml, floorPath, pickArticle } from './floor.mjs';

/**
 * @typedef {object} BenchBuild
 * @property {string} dist the output directory
 * @property {Map<string, string[]>} chunks built JS file ("assets/x.js") → source modules
 *   (paths relative to the project, e.g. "node_modules/dompurify/dist/purify.es.mjs")
 * @property {{ path: string, slug: string, title: string }} floor the floor page and its article
 * @property {string[]} sections the demo blog's section slugs, in order
 * @property {string} reference the path of the reference page (bench/reference/Front.svelte)
 */

/** Where the reference page is served, beside the app (never precached: built after it). */
const referencePath = '/bench/reference/';

/**
 * @param {{ outDir: string, root?: string }} options
 * @returns {Promise<BenchBuild>}
 */
export async function buildApp({ outDir, root = process.cwd() }) {
  const content = join(root, 'public', 'content');
  const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8'));
  /** @type {{ slug: string, title: string }[]} */
  const sections = site.sections;
  const article = pickArticle(content);
  /** @type {Map<string, string[]>} */
  const chunks = new Map();

  /** @type {import('vite').Plugin} */
  const benchPlugin = {
    name: 'paperboy-bench',
    apply: 'build',
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle);
      const entry = outputs.find((output) => output.type === 'chunk' && output.isEntry);
      // Only the app's own build (vite-plugin-pwa compiles the worker in another one).
      if (!entry || entry.type !== 'chunk') return;
      for (const output of outputs) {
        if (output.type !== 'chunk') continue;
        const ids = output.moduleIds.map((id) => relative(root, id.replace(/^\0/, '')));
        chunks.set(output.fileName, ids);
      }
      /** @type {Set<string> | undefined} */
      const css = /** @type {any} */ (entry).viteMetadata?.importedCss;
      this.emitFile({
        type: 'asset',
        fileName: floorPath.slice(1),
        source: floorHtml({
          article,
          siteTitle: site.title,
          sectionTitle: sections.find((s) => s.slug === article.section)?.title ?? article.section,
          stylesheets: [...(css ?? [])].map((file) => `/${file}`),
        }),
      });
    },
  };

  const dist = resolve(root, outDir);
  await build({
    root,
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
    plugins: [benchPlugin],
  });
  if (!readFileSync(join(dist, 'sw.js'), 'utf8').includes(floorPath.slice(1))) {
    throw new Error(`the service worker does not precache ${floorPath}`);
  }
  await build({
    root: join(root, 'bench', 'reference'),
    base: referencePath,
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte()],
    build: { outDir: join(dist, referencePath), emptyOutDir: true },
  });
  return {
    dist,
    chunks,
    floor: { path: floorPath, slug: article.slug, title: article.title },
    sections: sections.map((section) => section.slug),
    reference: referencePath,
  };
}
