import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const marker = 'data-first-visit';

function chunkOf(bundle: OutputBundle, module: string): OutputChunk {
  const chunk = Object.values(bundle).find(
    (output): output is OutputChunk =>
      output.type === 'chunk' && (output.facadeModuleId?.endsWith(module) ?? false),
  );
  if (!chunk) throw new Error(`No chunk for ${module}: is it still imported lazily?`);
  return chunk;
}

/**
 * Hints that shape what a page load fetches first, by how the page is reached:
 * - index.html (from the network: a first visit, nothing stored) modulepreloads the writer
 *   chunk (Dexie, the sources, the validator), needed right after the first view;
 * - shell.html, the service worker's answer to app routes on later visits, is the same page
 *   without that hint: a repeat visit paints from IndexedDB first, and fetching or compiling
 *   the writer then would only compete with that paint;
 * - shell-article.html, its answer to /article/… routes, also asks for the article view's
 *   code and style at once, instead of after the entry has run.
 */
export function firstVisitHints(modules: { writer: string; article: string }): Plugin {
  let base = '/';
  return {
    name: 'paperboy-first-visit-hints',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const writer = chunkOf(bundle ?? {}, modules.writer);
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: base + writer.fileName,
              [marker]: true,
            },
            injectTo: 'head',
          },
        ];
      },
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('index.html is not in the bundle yet');
      const shell = String(index.source).replace(
        new RegExp(`\\s*<link [^>]*${marker}[^>]*>`, 'g'),
        '',
      );
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: shell });

      const article = chunkOf(bundle, modules.article);
      // Only what the shell does not load already (the entry and its chunks).
      const scripts = [article.fileName, ...article.imports]
        .filter((file) => !shell.includes(file))
        .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
      const styles = [...(article.viteMetadata?.importedCss ?? [])].map(
        (file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`,
      );
      this.emitFile({
        type: 'asset',
        fileName: 'shell-article.html',
        source: shell.replace('</head>', `  ${[...scripts, ...styles].join('\n    ')}\n  </head>`),
      });
    },
  };
}
