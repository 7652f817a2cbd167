// Checks the built app's sizes against size-budget.json: the gzip bytes of everything the
// first view needs (index.html, the entry script and what it imports statically, their CSS)
// and of each lazy chunk. Sizes are deterministic, so CI can gate on them; timings are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
/** @param {string} file */
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** @type {Set<string>} */
const firstView = new Set(['index.html']);
/** @type {Set<string>} */
const lazy = new Set();
/** @param {string} key */
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || firstView.has(chunk.file)) return;
  firstView.add(chunk.file);
  for (const css of chunk.css ?? []) firstView.add(css);
  for (const imported of chunk.imports ?? []) walk(imported);
  for (const dynamic of chunk.dynamicImports ?? []) lazy.add(dynamic);
}
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key);

const rows = [];
let failed = false;
const firstViewBytes = [...firstView].reduce((sum, file) => sum + gzip(file), 0);
const over = firstViewBytes > budget.firstViewGzipBytes;
failed ||= over;
rows.push(['first view (HTML + entry JS + CSS)', firstViewBytes, budget.firstViewGzipBytes, over]);
for (const key of lazy) {
  const file = manifest[key].file;
  const bytes = gzip(file);
  const limit = budget.lazyChunkGzipBytes;
  failed ||= bytes > limit;
  rows.push([`lazy chunk ${file}`, bytes, limit, bytes > limit]);
}

console.log('size (gzip bytes)                          actual    budget');
for (const [name, bytes, limit, isOver] of rows) {
  console.log(
    `${String(name).padEnd(42)} ${String(bytes).padStart(7)}   ${String(limit).padStart(7)}${isOver ? '   OVER' : ''}`,
  );
}
console.log(`target for the first view: ${budget.firstViewTargetGzipBytes} (issue 5)`);
if (failed) {
  console.error(
    'Over the size budget (size-budget.json): make it smaller, or raise the budget with a reason.',
  );
  process.exit(1);
}
