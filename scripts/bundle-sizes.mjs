// The built app's gzip sizes, read from Vite's .vite/manifest.json: what the first view needs
// (index.html, every entry script and what it imports statically, their CSS) and each chunk
// loaded only on demand. Shared by the size budget (CI gates on it) and the bench (reports it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} ManifestChunk
 * @property {string} file
 * @property {string} [name]
 * @property {string} [src]
 * @property {boolean} [isEntry]
 * @property {string[]} [imports]
 * @property {string[]} [dynamicImports]
 * @property {string[]} [css]
 * @property {string[]} [assets]
 */

/**
 * @typedef {object} BundleSizes
 * @property {{ files: string[], bytes: number }} firstView
 * @property {{ file: string, bytes: number, name: string }[]} lazy
 * @property {{ file: string, bytes: number }[]} workers scripts run in a worker of their own,
 *   each bundled whole (a worker shares no chunk with the page)
 */

/** @param {string} dist @returns {Record<string, ManifestChunk>} */
export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
}

/**
 * Gzip bytes of one built file, at the level a static host would precompress with.
 * @param {string} dist @param {string} file
 */
export function gzipBytes(dist, file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/**
 * @param {string} dist the build's output directory
 * @returns {BundleSizes}
 */
export function bundleSizes(dist) {
  const manifest = readManifest(dist);
  /** @type {Set<string>} */
  const firstView = new Set(['index.html']);
  /** @type {Set<string>} manifest keys of chunks imported only dynamically */
  const lazy = new Set();
  /** @param {string} key */
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || firstView.has(chunk.file)) return;
    firstView.add(chunk.file);
    for (const css of chunk.css ?? []) firstView.add(css);
    for (const imported of chunk.imports ?? []) walk(imported);
    for (const dynamic of chunk.dynamicImports ?? []) lazy.add(dynamic);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key);

  const files = [...firstView];
  const workers = new Set(
    Object.values(manifest).flatMap((chunk) =>
      (chunk.assets ?? []).filter((file) => /\.worker-[\w-]+\.js$/.test(file)),
    ),
  );
  return {
    workers: [...workers].map((file) => ({ file, bytes: gzipBytes(dist, file) })),
    firstView: { files, bytes: files.reduce((sum, file) => sum + gzipBytes(dist, file), 0) },
    lazy: [...lazy]
      .map((key) => /** @type {ManifestChunk} */ (manifest[key]))
      // A chunk both imported statically and dynamically is already in the first view.
      .filter((chunk) => !firstView.has(chunk.file))
      .map((chunk) => ({
        file: chunk.file,
        bytes: gzipBytes(dist, chunk.file),
        name: chunk.name ?? chunk.src ?? chunk.file,
      })),
  };
}
