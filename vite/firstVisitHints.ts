import type { Plugin } from 'vite';

const marker = 'data-first-visit';

/**
 * A first visit comes from the network with nothing stored, so it needs the writer chunk
 * (Dexie, the sources, the validator) right after the first view: index.html asks for it
 * while the entry loads. The service worker answers later navigations with shell.html, the
 * same page without that hint: a repeat visit paints from IndexedDB first, and fetching or
 * compiling the writer then would only compete with that paint.
 */
export function firstVisitHints(writerModule: string): Plugin {
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
        const writer = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(writerModule),
        );
        if (!writer) throw new Error(`No chunk for ${writerModule}: is it still imported lazily?`);
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
    },
  };
}
