import { cacheNames, pageBuildHeader, workerPages } from './names';
import { escapeHtml } from './escape-html';
import { paths } from '../routing/routes';

/** Read articles kept as whole pages, so a later visit paints one before any script runs. */
export interface KeptPages {
  keep(slug: string, page: DrawnPage): Promise<void>;
  forget(slugs: string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface DrawnPage {
  title: string;
  lang: string;
  markup: string;
}

const placeholder = '<div id="app"></div>';

/** The shell with the page drawn in its #app (see pwa/kept-page.ts); undefined if #app is taken. */
export function composePage(shell: string, page: DrawnPage): string | undefined {
  const { title, lang, markup } = page;
  if (!shell.includes(placeholder)) return undefined;
  return shell
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(placeholder, () => `<div id="app" data-booting><div data-page>${markup}</div></div>`);
}

/** The entry script a shell loads: names the build. */
export function entryScriptOf(shell: string): string | undefined {
  return /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(shell)?.[1];
}

export function createBrowserKeptPages(
  shellUrl = `${import.meta.env.BASE_URL}${workerPages.article}`,
): KeptPages {
  let shell: string | undefined;
  // From the worker's precache (or the network); a dev server has none, and keeps no page.
  const readShell = async () => {
    if (shell !== undefined) return shell;
    const response = await fetch(shellUrl).catch(() => undefined);
    if (response?.ok) shell = await response.text();
    return shell;
  };
  return {
    async keep(slug, drawn) {
      const template = await readShell();
      const entry = template && entryScriptOf(template);
      const page = template && composePage(template, drawn);
      if (!entry || !page) return;
      const cache = await caches.open(cacheNames.keptPages);
      await cache.put(
        paths.article(slug),
        new Response(page, {
          headers: { 'content-type': 'text/html; charset=utf-8', [pageBuildHeader]: entry },
        }),
      );
    },
    async forget(slugs) {
      const cache = await caches.open(cacheNames.keptPages);
      await Promise.all(slugs.map((slug) => cache.delete(paths.article(slug))));
    },
    async clear() {
      await caches.delete(cacheNames.keptPages);
    },
  };
}

/** For tests and browsers without Cache Storage: pages by slug, in memory. */
export function createMemoryKeptPages(): KeptPages & { pages: Map<string, DrawnPage> } {
  const pages = new Map<string, DrawnPage>();
  return {
    pages,
    keep: async (slug, page) => void pages.set(slug, page),
    forget: async (slugs) => void slugs.forEach((slug) => pages.delete(slug)),
    clear: async () => pages.clear(),
  };
}
