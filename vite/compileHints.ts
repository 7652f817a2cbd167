import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later): a script that opens with this
 * comment has all its functions compiled as it downloads, on a background thread. Without
 * it, V8 compiles each function on the main thread the first time it runs, so the first
 * render paid for compiling the Svelte runtime and the views inside its own task: the
 * longest task of a cold visit (52 ms at 4x CPU throttling here, 16-22 ms with the hint;
 * 100-130 ms on Lighthouse's simulated phone). Other engines read it as a comment.
 */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** What the bundler tells of a chunk (Rolldown's RenderedChunk, in part). */
interface ChunkInfo {
  moduleIds: readonly string[];
}

/**
 * The app's fallbacks: loaded only where the usual path fails (the writer on the page when
 * no worker can run it; an in-memory IndexedDB where the browser refuses its own). Both
 * are libraries of which a visit runs a small part: compiling all of them would be waste.
 */
const partlyRun = [/\/src\/data\/browser\.ts$/, /\/node_modules\/fake-indexeddb\//];

/**
 * Whether a chunk of the page's build is worth compiling whole as it loads. Every chunk
 * but the fallbacks runs nearly all of its code at once: the first view's two scripts,
 * each view as it opens, the first visit's validator, the worker's client.
 */
export function compiledWhole(chunk: ChunkInfo): boolean {
  return !chunk.moduleIds.some((id) => partlyRun.some((pattern) => pattern.test(id)));
}

/**
 * Opens those chunks with the hint. Last of all (Vite itself prepends the entry's list of
 * lazy chunks while writing the bundle), so the hint is the file's first line, where V8
 * looks for it. The workers' builds are left as they are: they compile off this thread.
 */
export function compileHints(): Plugin {
  return {
    name: 'paperboy-compile-hints',
    apply: 'build',
    // The file's name then says whether it carries the hint, as it says all else it holds.
    augmentChunkHash: (chunk) => (compiledWhole(chunk) ? compileHint : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && compiledWhole(output)) {
            output.code = `${compileHint}\n${output.code}`;
          }
        }
      },
    },
  };
}
