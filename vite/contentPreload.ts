import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { resolveContentUrl } from '../src/config.ts';
import { escapeHtml } from '../src/caches/escape-html.ts';
import { workerPages } from '../src/caches/names.ts';
import { beforeScripts, chunkFiles, withModulePreloads } from './preloads.ts';

/** Stands in for the page's origin, which the build does not know. */
const appOrigin = 'https://app.invalid';

/** The site document's URL as the page resolves it (src/config.ts), origin-relative when it is the app's. */
export function contentHref(configured: string | undefined, base: string): string {
  const url = resolveContentUrl(configured, new URL(base, appOrigin));
  return url.origin === appOrigin ? `${url.pathname}${url.search}` : url.href;
}

/** What a first visit asks for with the HTML: config.json (which names the blog), then the build's blog. */
export function firstVisitDocuments(configured: string | undefined, base: string): string[] {
  return [`${base}config.json`, contentHref(configured, base)];
}

/** The config.json a build writes: its own blog, named as the page would resolve it. */
export function builtConfig(configured: string | undefined, base: string): string {
  return `${JSON.stringify({ blog: contentHref(configured, base) }, null, 2)}\n`;
}

/** The page with its early ask for the document at `href`, before its scripts: asked first. */
export function withContentPreload(page: string, href: string): string {
  return beforeScripts(
    page,
    `<link rel="preload" href="${escapeHtml(href)}" as="fetch" crossorigin>`,
  );
}

/** The pages a host serves to a first visit, each with the copy the service worker serves instead. */
const copies = [
  ['index.html', workerPages.app],
  ['shell-article.html', workerPages.article],
] as const;

/**
 * A first visit (no service worker yet: the host serves index.html, or shell-article.html
 * for an article) asks for the blog's site document as soon as the HTML arrives, not after
 * the scripts have loaded and run: one round trip less before the first view. The page's
 * own fetch then takes the preloaded response (data/early.ts asks for the same URL).
 * `firstVisitModules` are the lazy modules a first visit's first view needs (the validator
 * it draws fetched documents with): they are asked for with the HTML too, not once the
 * entry has run and imports them. Pages the service worker serves are drawn from the store
 * and need neither, so it answers with copies without them (`workerPages`, src/caches/names.ts).
 */
export function contentPreload(
  configured: string | undefined,
  firstVisitModules: string[] = [],
): Plugin {
  let base = '/';
  let ownConfig = false;
  return {
    name: 'paperboy-content-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      ownConfig = config.publicDir !== '' && existsSync(join(config.publicDir, 'config.json'));
    },
    generateBundle: {
      // After articleShell, which writes shell-article.html from index.html as it was.
      order: 'post',
      handler(_options, bundle) {
        const documents = firstVisitDocuments(configured, base);
        // A config.json naming the build's own blog, for a deploy to replace (unless public/
        // has one): asked for at every start, a missing one logs a 404 to every console.
        if (!ownConfig) {
          this.emitFile({
            type: 'asset',
            fileName: 'config.json',
            source: builtConfig(configured, base),
          });
        }
        const modules = chunkFiles(bundle, firstVisitModules).map((file) => `${base}${file}`);
        for (const [hostPage, workerPage] of copies) {
          const page = bundle[hostPage];
          if (page?.type !== 'asset') throw new Error(`${hostPage} is not in the bundle yet`);
          const html = String(page.source);
          this.emitFile({ type: 'asset', fileName: workerPage, source: html });
          const asked = documents.reduce(withContentPreload, html);
          page.source = withModulePreloads(asked, modules);
        }
      },
    },
  };
}
