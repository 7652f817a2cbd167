/// <reference lib="dom" />
// Bytes: the gzip size of the first view, of each lazy chunk and of the writer's worker
// (from Vite's manifest, the same walk the size budget uses), and which scripts a cold visit
// to the home page fetched before its first article list appeared: article-only code must
// wait for an article.
import { readFileSync } from 'node:fs';
import { bundleSizes } from '../scripts/bundle-sizes.mjs';
import { freshContext, listSelector, waitForList } from './lib/browser.mjs';
import { row } from './lib/stats.mjs';

const group = 'Bytes';
const firstViewTarget = 45_000;
/**
 * Source modules that only the data layer and its store need: the writer, its sources, and
 * the code that talks to the writer's worker.
 */
const storeModule =
  /^(node_modules\/(dexie|comlink)\/|src\/db\/|src\/data\/|src\/sources\/|src\/caches\/)/;
/**
 * Source modules that only an article needs. A view's skeleton is not among them: it is
 * the placeholder shown while the view's own code loads.
 */
const articleModule =
  /^(node_modules\/dompurify\/|src\/model\/sanitize|src\/views\/article\/(?!\w*Skeleton))/;

/**
 * @param {{ browser: import('playwright-core').Browser, server: import('./server.mjs').BenchServer,
 *   build: import('./build.mjs').BenchBuild, problems: import('./lib/browser.mjs').Problems,
 *   log: (line: string) => void, visits?: number }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchBytes({ browser, server, build, problems, log, visits = 3 }) {
  const sizes = bundleSizes(build.dist);
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  const rows = [
    ...[
      {
        metric: 'first view gzip (index.html + entry JS + static imports + CSS)',
        view: sizes.firstView,
      },
      {
        metric: "first visit's first view gzip (+ the modules index.html preloads: the validator)",
        view: sizes.firstVisit,
      },
    ].map(({ metric, view }) =>
      row({
        group,
        metric,
        unit: 'B',
        samples: [view.bytes],
        target: `≤ ${firstViewTarget}`,
        check: (bytes) => bytes <= firstViewTarget,
        note: view.files.join(', '),
      }),
    ),
    ...sizes.lazy.map((chunk) =>
      row({
        group,
        metric: `lazy chunk ${chunk.name} gzip`,
        unit: 'B',
        samples: [chunk.bytes],
        target: `≤ ${budget.lazyChunkGzipBytes} (size budget)`,
        check: (bytes) => bytes <= budget.lazyChunkGzipBytes,
        note: `${chunk.file}: ${describe(build.chunks.get(chunk.file) ?? [])}`,
      }),
    ),
    ...sizes.workers.map((worker) =>
      row({
        group,
        metric: `worker ${worker.file.replace(/^assets\//, '').replace(/-[\w-]+\.js$/, '')} gzip`,
        unit: 'B',
        samples: [worker.bytes],
        target: `≤ ${budget.workerGzipBytes} (size budget)`,
        check: (bytes) => bytes <= budget.workerGzipBytes,
        note: `${worker.file}: bundled whole, as a worker shares no chunk with the page`,
      }),
    ),
  ];

  const firstViewFiles = new Set(sizes.firstView.files);
  const firstVisitFiles = new Set(sizes.firstVisit.files);
  const workerFiles = new Set(sizes.workers.map((worker) => worker.file));
  /** Loaded on demand: a dynamic import, or a chunk that only such imports share. */
  const isLazy = (/** @type {string} */ file) =>
    !firstViewFiles.has(file) && !workerFiles.has(file);
  /** @param {string} file */
  const isStore = (file) => (build.chunks.get(file) ?? []).some((id) => storeModule.test(id));
  /** @param {string} file */
  const isArticleOnly = (file) =>
    (build.chunks.get(file) ?? []).some((id) => articleModule.test(id));

  const base = await server.start();
  /** @type {string[][]} */
  const fetched = [];
  try {
    for (let visit = 1; visit <= visits; visit++) {
      const files = await scriptsBeforeList(browser, problems, base);
      fetched.push(files);
      log(`  bytes: cold visit ${visit}/${visits} fetched ${files.length} scripts before the list`);
    }
  } finally {
    await server.stop();
  }
  const all = [...new Set(fetched.flat())];
  const otherLazy = fetched.map((files) => files.filter((file) => isLazy(file) && !isStore(file)));
  const articleOnly = fetched.map((files) => files.filter(isArticleOnly));
  /** @param {string} file */
  const kind = (file) => {
    // The writer's worker carries the store; the locale worker only formats dates.
    if (workerFiles.has(file))
      return /^assets\/writer\.worker-/.test(file) ? 'worker, store' : 'worker';
    if (firstViewFiles.has(file)) return 'first view';
    if (firstVisitFiles.has(file)) return 'first visit';
    return isStore(file) ? 'lazy, store' : 'lazy';
  };
  const tag = (/** @type {string} */ file) =>
    `${file} (${kind(file)}${isArticleOnly(file) ? ', article-only' : ''})`;

  rows.push(
    row({
      group,
      metric: 'scripts fetched before the first list (cold /)',
      unit: 'count',
      samples: fetched.map((files) => files.length),
      note: all.map(tag).join('; '),
    }),
    noneFetched('lazy chunks other than data/store fetched before the first list', otherLazy),
    noneFetched(
      'scripts with article-only code (DOMPurify, article view) before the first list',
      articleOnly,
    ),
  );
  return rows;
}

/**
 * A row whose target is that no run fetched any of these files before the first list.
 * @param {string} metric @param {string[][]} runs the files each run fetched
 */
function noneFetched(metric, runs) {
  return row({
    group,
    metric,
    unit: 'count',
    samples: runs.map((files) => files.length),
    target: '0',
    met: runs.every((files) => files.length === 0),
    note: [...new Set(runs.flat())].join(', ') || 'none',
  });
}

/** The few source modules that name a chunk's contents. @param {string[]} ids */
function describe(ids) {
  const packages = new Set(
    ids.flatMap((id) => id.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []),
  );
  const own = ids.filter((id) => id.startsWith('src/'));
  const shown = [...packages, ...own.slice(0, 4)];
  return `${shown.join(', ')}${own.length > 4 ? ` and ${own.length - 4} more` : ''}`;
}

/**
 * The app's scripts (under /assets/) the browser started fetching before the home page's
 * first article list was in the DOM, in a fresh context.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/browser.mjs').Problems} problems
 * @param {string} base
 */
async function scriptsBeforeList(browser, problems, base) {
  const context = await freshContext(browser, problems, 'bytes');
  try {
    // A mark the moment the list enters the DOM, set by the page itself (no polling lag).
    await context.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        performance.mark('bench:list-shown');
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, listSelector);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await waitForList(page);
    return await page.evaluate(() => {
      const shown = performance.getEntriesByName('bench:list-shown')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= shown)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/assets/') && path.endsWith('.js'))
        .map((path) => path.slice(1));
    });
  } finally {
    await context.close();
  }
}
