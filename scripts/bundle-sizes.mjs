// The built app's gzip sizes, read from Vite's .vite/manifest.json: what the first view needs
// (index.html, every entry script and what it imports statically, their CSS), what a first
// visit's first view needs besides (the modules index.html preloads for it), and each chunk
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
 * @property {{ files: string[], bytes: number }} firstVisit the first view of a first visit:
 *   with nothing stored, it also needs the modules index.html preloads (the validator it
 *   draws fetched documents with)
 * @property {{ file: string, bytes: number, name: string }[]} lazy every chunk loaded on
 *   demand: each dynamic import, and each chunk only they import
 * @property {{ file: string, bytes: number }[]} workers scripts run in a worker of their own,
 *   each bundled whole (a worker shares no chunk with the page)
 * @property {(module: string) => { files: string[], bytes: number }} loading what loading a
 *   module (a source file, "src/model/feeds/xml-feed.ts") adds to the first view: its chunk
 *   and the chunks it imports statically that the first view does not have
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
  /** @param {Set<string>} into @param {string} key adds the chunk and its static imports */
  const walk = (into, key) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const css of chunk.css ?? []) into.add(css);
    for (const imported of chunk.imports ?? []) walk(into, imported);
  };
  /** @type {Set<string>} */
  const firstView = new Set(['index.html']);
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(firstView, key);

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  /** @type {Set<string>} */
  const firstVisit = new Set(firstView);
  for (const [key, chunk] of Object.entries(manifest)) {
    if (preloaded.some((href) => href.endsWith(`/${chunk.file}`))) walk(firstVisit, key);
  }

  /** @type {Set<string>} */
  const onDemand = new Set();
  for (const chunk of Object.values(manifest)) {
    for (const dynamic of chunk.dynamicImports ?? []) walk(onDemand, dynamic);
  }
  const lazy = Object.entries(manifest)
    // A chunk the first view imports statically is in the first view, whoever else imports it.
    .filter(([, chunk]) => onDemand.has(chunk.file) && !firstView.has(chunk.file))
    .map(([key, chunk]) => ({
      file: chunk.file,
      bytes: gzipBytes(dist, chunk.file),
      name: chunk.name ?? chunk.src ?? key,
    }));

  const workers = new Set(
    Object.values(manifest).flatMap((chunk) =>
      (chunk.assets ?? []).filter((file) => /\.worker-[\w-]+\.js$/.test(file)),
    ),
  );
  /** @param {Set<string>} files */
  const measured = (files) => ({
    files: [...files],
    bytes: [...files].reduce((sum, file) => sum + gzipBytes(dist, file), 0),
  });
  /** @param {string} module */
  const loading = (module) => {
    if (!manifest[module]) throw new Error(`${module} is not a chunk of the build`);
    /** @type {Set<string>} */
    const files = new Set();
    walk(files, module);
    return measured(new Set([...files].filter((file) => !firstView.has(file))));
  };
  return {
    workers: [...workers].map((file) => ({ file, bytes: gzipBytes(dist, file) })),
    firstView: measured(firstView),
    firstVisit: measured(firstVisit),
    lazy,
    loading,
  };
}
