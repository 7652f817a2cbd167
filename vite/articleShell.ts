import type { Plugin, Rolldown } from 'vite';
import { chunkFiles, inHead, withModulePreloads } from './preloads.ts';

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
      // Only what the shell does not load already (the entry and its chunks); the article
      // view's own chunk comes first.
      const files = chunkFiles(bundle, [article]);
      const chunk = bundle[files[0] ?? ''] as Rolldown.OutputChunk;
      const styles = [...(chunk.viteMetadata?.importedCss ?? [])].map(
        (file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`,
      );
      const scripts = files.map((file) => `${base}${file}`);
      this.emitFile({
        type: 'asset',
        fileName: 'shell-article.html',
        source: inHead(withModulePreloads(String(index.source), scripts), styles),
      });
    },
  };
}
