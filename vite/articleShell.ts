import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/**
 * Writes shell-article.html, the service worker's answer to /article/… routes: the app's
 * page that also asks for the article view's code and style at once, instead of after the
 * entry has run. Other app routes get index.html itself.
 */
export function articleShell(article: string): Plugin {
  let base = '/';
  return {
    name: 'paperboy-article-shell',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('index.html is not in the bundle yet');
      const shell = String(index.source);
      const chunk = Object.values(bundle).find(
        (output): output is OutputChunk =>
          output.type === 'chunk' && (output.facadeModuleId?.endsWith(article) ?? false),
      );
      if (!chunk) throw new Error(`No chunk for ${article}: is it still imported lazily?`);
      // Only what the shell does not load already (the entry and its chunks).
      const scripts = [chunk.fileName, ...chunk.imports]
        .filter((file) => !shell.includes(file))
        .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
      const styles = [...(chunk.viteMetadata?.importedCss ?? [])].map(
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
