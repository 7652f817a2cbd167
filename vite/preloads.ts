import type { Rolldown } from 'vite';
import { escapeHtml } from '../src/caches/escape-html.ts';

// Early asks for lazy chunks, written into the built pages by the plugins that need them
// (articleShell, contentPreload).

/** The page with `lines` added at the end of its head, one to a line. */
export function inHead(page: string, lines: string[]): string {
  if (lines.length === 0) return page;
  return page.replace(/\s*<\/head>/, `${lines.map((line) => `\n    ${line}`).join('')}\n  </head>`);
}

/** The page with `line` before the first script of its head (else at the head's end). */
export function beforeScripts(page: string, line: string): string {
  const head = page.indexOf('</head>');
  const script = page.indexOf('<script');
  if (script === -1 || head === -1 || script > head) return inHead(page, [line]);
  return `${page.slice(0, script)}${line}\n    ${page.slice(script)}`;
}

/** The page with early asks for the modules at `hrefs`, which it will import. */
export function withModulePreloads(page: string, hrefs: string[]): string {
  return inHead(
    page,
    hrefs.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
  );
}

/**
 * The files of the chunks built from `modules` and of what they import statically, less
 * those the entry loads anyway (which the page already asks for).
 */
export function chunkFiles(bundle: Rolldown.OutputBundle, modules: string[]): string[] {
  const chunks = Object.values(bundle).filter(
    (file): file is Rolldown.OutputChunk => file.type === 'chunk',
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withImports = (roots: Rolldown.OutputChunk[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of byFile.get(file)?.imports ?? []) walk(imported);
    };
    for (const root of roots) walk(root.fileName);
    return seen;
  };
  const loaded = withImports(chunks.filter((chunk) => chunk.isEntry));
  const wanted = modules.map((module) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/${module}`));
    if (!chunk) throw new Error(`no chunk is built from ${module}: is it still imported lazily?`);
    return chunk;
  });
  return [...withImports(wanted)].filter((file) => !loaded.has(file));
}
