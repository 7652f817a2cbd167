// Checks the built app's sizes against size-budget.json: the gzip bytes of everything the
// first view needs (index.html, the entry script and what it imports statically, their CSS),
// how many files that is, the same for a first visit (with the modules index.html preloads
// to draw what it fetched), and the gzip bytes of each lazy chunk and worker. Sizes are
// deterministic, so CI can gate on them; timings are not.
import { readFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const sizes = bundleSizes('dist');

/** @type {[string, number, number, boolean][]} */
const rows = [];
let failed = false;
const over = sizes.firstView.bytes > budget.firstViewGzipBytes;
failed ||= over;
rows.push([
  'first view (HTML + entry JS + CSS)',
  sizes.firstView.bytes,
  budget.firstViewGzipBytes,
  over,
]);
// Each file is a request before the first paint: a round trip on a slow connection.
const files = sizes.firstView.files.length;
const tooMany = files > budget.firstViewFiles;
failed ||= tooMany;
rows.push(['first view files (count)', files, budget.firstViewFiles, tooMany]);
// With nothing stored, the first view also validates what it fetched: the same budget.
const firstVisitOver = sizes.firstVisit.bytes > budget.firstViewGzipBytes;
failed ||= firstVisitOver;
rows.push([
  "first visit's first view (+ preloaded modules)",
  sizes.firstVisit.bytes,
  budget.firstViewGzipBytes,
  firstVisitOver,
]);
for (const { file, bytes } of sizes.lazy) {
  const limit = budget.lazyChunkGzipBytes;
  failed ||= bytes > limit;
  rows.push([`lazy chunk ${file}`, bytes, limit, bytes > limit]);
}

for (const { file, bytes } of sizes.workers) {
  const limit = budget.workerGzipBytes;
  failed ||= bytes > limit;
  rows.push([`worker ${file}`, bytes, limit, bytes > limit]);
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
