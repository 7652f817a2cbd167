// Checks the built app's sizes against size-budget.json: the gzip bytes of everything the
// first view needs (index.html, the entry script and what it imports statically, their CSS),
// how many files that is, the same for a first visit (with the modules index.html preloads
// to draw what it fetched), and the gzip bytes of each lazy chunk and worker. Sizes are
// deterministic, so CI can gate on them; timings are not.
import { readFileSync } from 'node:fs';
import { bundleSizes, gzipBytes, readManifest } from './bundle-sizes.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const sizes = bundleSizes('dist');

/** @type {[string, number, number, boolean][]} */
const rows = [];
let failed = false;
/** A row of the table; over its limit fails the check. @param {string} name @param {number} actual @param {number} limit */
const check = (name, actual, limit) => {
  const over = actual > limit;
  failed ||= over;
  rows.push([name, actual, limit, over]);
};
check('first view (HTML + entry JS + CSS)', sizes.firstView.bytes, budget.firstViewGzipBytes);
// Each file is a request before the first paint: a round trip on a slow connection.
check('first view files (count)', sizes.firstView.files.length, budget.firstViewFiles);
// With nothing stored, the first view also validates what it fetched: the same budget.
check(
  "first visit's first view (+ preloaded modules)",
  sizes.firstVisit.bytes,
  budget.firstViewGzipBytes,
);
for (const { file, bytes } of sizes.lazy) {
  check(`lazy chunk ${file}`, bytes, budget.lazyChunkGzipBytes);
}
// Each blog format's reader, loaded only for a blog of that format.
for (const [module, limit] of Object.entries(budget.formatGzipBytes)) {
  check(`format ${module} (+ its imports)`, sizes.loading(module).bytes, limit);
}
// Features loaded when first used (search: its index and library, its screen, its field):
// their own chunk, as the writer or the views that load them already hold the rest.
const manifest = readManifest('dist');
for (const [module, limit] of Object.entries(budget.featureGzipBytes)) {
  const chunk = manifest[module]?.file;
  if (!chunk) throw new Error(`${module} is not a chunk of the build`);
  check(`feature ${module}`, gzipBytes('dist', chunk), limit);
}
for (const { file, bytes } of sizes.workers) {
  check(`worker ${file}`, bytes, budget.workerGzipBytes);
}

const width = Math.max(...rows.map(([name]) => String(name).length));
console.log(`${'size (gzip bytes; files)'.padEnd(width)}  actual    budget`);
for (const [name, bytes, limit, isOver] of rows) {
  console.log(
    `${String(name).padEnd(width)} ${String(bytes).padStart(7)}   ${String(limit).padStart(7)}${isOver ? '   OVER' : ''}`,
  );
}
console.log(`first view files: ${sizes.firstView.files.join(', ')}`);
console.log(`first visit files: ${sizes.firstVisit.files.join(', ')}`);
console.log(`target for the first view: ${budget.firstViewTargetGzipBytes} (issue 5)`);
if (failed) {
  console.error(
    'Over the size budget (size-budget.json): make it smaller, or raise the budget with a reason.',
  );
  process.exit(1);
}
