// The store bench: the app's own write path (storeArticles, given all documents at once, and
// in a download's batches) and read path (readNewestInSection through the raw StoreReader) against raw IndexedDB doing
// the same work, in headless Chromium with IndexedDB on disk (a persistent profile).
//
//   node bench/store/bench.mjs [runs]
//
// The page (bench/store/page.ts) is built with Vite from the app's own modules and served
// from 127.0.0.1, cross-origin isolated so performance.now() is fine-grained.
/// <reference lib="dom" />
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../../scripts/chromium.mjs';
import { startBenchBlogs } from '../blog-servers.mjs';
import { row, summarize } from '../lib/stats.mjs';
import { searchCostRows, searchRows } from './search.mjs';

/** @typedef {import('../lib/stats.mjs').Row} Row */

/**
 * What bench/store/page.ts puts on the page's window as storeBench (keep in step with it).
 * @typedef {object} IngestRun
 * @property {number} ms
 * @property {number} transactions  IndexedDB transactions opened while timing
 * @property {number} batches
 * @property {number} records       records written
 *
 * @typedef {object} StoreBench
 * @property {(count: number) => Promise<{ ms: number, bytes: number }>} prepare
 * @property {(count: number, batchSize: number, listed: boolean) => Promise<IngestRun>} ingestApp
 * @property {(count: number, batchSize: number, listed: boolean) => Promise<IngestRun>} ingestRaw
 * @property {(kind: string, count: number, batchSize: number, listed: boolean) => Promise<IngestRun>} ingestVariant
 * @property {() => Promise<number>} cleanup
 * @property {(count: number) => Promise<string>} fillForReads
 * @property {(section: string, iterations: number) => Promise<number[]>} readApp
 * @property {(section: string, iterations: number) => Promise<number[]>} readRaw
 * @property {(count: number) => Promise<number[]>} relatedApp
 * @property {(count: number) => Promise<number[]>} relatedRaw
 * @property {(kind: string, url: string, section: string) => Promise<{ pages: number, articles: number, ms: number }>} prepareBlog
 * @property {(kind: string) => Promise<IngestRun>} ingestBlogApp
 * @property {(kind: string) => Promise<IngestRun>} ingestBlogRaw
 * @property {() => { getAllRecords: boolean, crossOriginIsolated: boolean, batchSize: number }} features
 *
 * @typedef {{ storeBench: StoreBench }} BenchWindow
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const group = 'Store';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Builds the bench page into a temporary directory. @param {string} outDir */
async function buildPage(outDir) {
  await build({
    configFile: false,
    root: here,
    base: './',
    plugins: [],
    logLevel: 'warn',
    define: { __BUILD_ID__: JSON.stringify('store-bench') },
    build: {
      // The generator's file-writing half (dynamic node: imports) never runs in the page.
      rollupOptions: { external: [/^node:/] },
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
    },
  });
}

/**
 * A tiny static server for the built page, cross-origin isolated (COOP + COEP) so the page's
 * timer is precise to microseconds instead of 100 µs.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/** @param {number} value */
const round = (value) => Math.round(value * 1000) / 1000;

/**
 * Builds and serves the bench page and opens it in Chromium with a persistent profile.
 * `openOrigin` opens the page again from another port: another origin, so another LevelDB
 * (Chromium keeps one per origin, shared by all its databases). Each group of ingest runs
 * gets one: in a shared LevelDB, compacting what the previous groups wrote and deleted (a
 * gigabyte and more) went on for minutes and slowed random runs of the next group
 * severalfold, even after a 20 s pause.
 * @param {string} executablePath
 * @param {string} [parent] where the profile (and so IndexedDB) lives; the OS temp dir by default
 * @returns {Promise<{ page: import('playwright-core').Page, errors: string[],
 *   openOrigin: () => Promise<{ page: import('playwright-core').Page, close: () => Promise<void> }>,
 *   close: () => Promise<void> }>}
 */
export async function openBenchPage(executablePath, parent = tmpdir()) {
  const work = await mkdtemp(join(parent, 'paperboy-store-bench-'));
  const dist = join(work, 'dist');
  await buildPage(dist);
  /** @type {{ url: string, close: () => Promise<void> }[]} */
  const servers = [];
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath,
    headless: true,
  });
  const close = async () => {
    await context.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  };
  /** @type {string[]} */
  const errors = [];
  /** @param {import('playwright-core').Page} page */
  const load = async (page) => {
    const server = await serve(resolve(dist));
    servers.push(server);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => 'storeBench' in window);
    return server;
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await load(page);
    const openOrigin = async () => {
      const other = await context.newPage();
      const server = await load(other);
      return {
        page: other,
        close: async () => {
          await other.close();
          await server.close();
          servers.splice(servers.indexOf(server), 1);
        },
      };
    };
    return { page, errors, openOrigin, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs the store measurements and returns their rows.
 * @param {{ executablePath: string, runs?: number, sizes?: number[], reads?: number,
 *   log?: (line: string) => void, only?: string }} options
 * @returns {Promise<Row[]>}
 */
export async function benchStore({
  executablePath,
  runs = 15,
  sizes = [1000, 10_000],
  reads = 200,
  log = () => {},
  only,
}) {
  const { page, errors, openOrigin, close } = await openBenchPage(executablePath);
  /** @type {Row[]} */
  const rows = [];
  try {
    const features = await page.evaluate(() =>
      /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.features(),
    );
    const largest = Math.max(...sizes, 10_000);
    const prepared = await page.evaluate(
      (count) =>
        /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.prepare(count),
      largest,
    );
    log(
      `prepared ${largest} articles (${Math.round(prepared.bytes / 1e6)} MB of body) in ` +
        `${Math.round(prepared.ms)} ms; getAllRecords: ${features.getAllRecords}; ` +
        `cross-origin isolated: ${features.crossOriginIsolated}`,
    );

    // Reads first, while the disk is quiet: the ingest groups, though in LevelDBs of their
    // own, leave gigabytes of deleted records that Chromium compacts only slowly.
    if (only === 'search') {
      await page.evaluate(() =>
        /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.fillForReads(
          10_000,
        ),
      );
      return [
        ...(await searchRows(page, runs, log)),
        ...(await searchCostRows(openOrigin, runs, log)),
      ];
    }
    // `blogs`: the other formats' ingests alone.
    if (only === 'blogs') return await blogRows(openOrigin, runs, log);
    const readRows = await newest(page, runs, reads, features.getAllRecords, log);
    readRows.push(...(await related(page, runs, log)));
    readRows.push(...(await searchRows(page, runs, log)));
    readRows.push(...(await searchCostRows(openOrigin, runs, log)));
    rows.push(...(await blogRows(openOrigin, runs, log)));
    const batchSize = features.batchSize;
    for (const count of sizes) {
      for (const listed of [false, true]) {
        const diagnose = count === Math.min(...sizes);
        // A LevelDB of its own (see openBenchPage), with the documents prepared there.
        const origin = await openOrigin();
        try {
          await origin.page.evaluate(
            (n) =>
              /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.prepare(n),
            count,
          );
          rows.push(...(await ingest(origin.page, count, listed, batchSize, runs, log, diagnose)));
        } finally {
          await origin.close();
        }
      }
    }
    rows.push(...readRows);
    if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join('; ')}`);
  } finally {
    await close();
  }
  return rows;
}

/** @typedef {'app' | 'raw' | 'app-batched' | 'raw-batched'} IngestPath */

/**
 * Ingest rows for one size and one starting state of the store. The target rows hand the
 * app all `count` documents at once, as a source that serves them together is stored (one
 * storeArticles call, so one transaction), against the same records put raw in one
 * transaction: what the write path costs beyond IndexedDB itself. A download stores what it
 * fetched in batches of `batchSize`, a transaction each, paced by the network; `diagnose`
 * times that too, through the app and raw, with no target.
 * @param {import('playwright-core').Page} page
 * @param {number} count
 * @param {boolean} listed whether the articles' summaries are stored first
 * @param {number} batchSize a download's batch
 * @param {number} runs
 * @param {(line: string) => void} log
 * @param {boolean} diagnose also time the app and raw IndexedDB in a download's batches
 * @returns {Promise<Row[]>}
 */
async function ingest(page, count, listed, batchSize, runs, log, diagnose) {
  /** @param {IngestPath} path @returns {Promise<IngestRun>} */
  const once = (path) =>
    page.evaluate(
      ([which, n, size, summaries]) => {
        const bench = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench;
        if (which === 'app' || which === 'app-batched') return bench.ingestApp(n, size, summaries);
        if (which === 'raw') return bench.ingestRaw(n, size, summaries);
        return bench.ingestVariant('raw-batched', n, size, summaries);
      },
      /** @type {const} */ ([path, count, path.endsWith('-batched') ? batchSize : 0, listed]),
    );
  /** @type {IngestPath[]} */
  const paths = diagnose ? ['app', 'raw', 'app-batched', 'raw-batched'] : ['app', 'raw'];
  // Warm up every path (JIT, the profile's first database files).
  for (const path of paths) await once(path);
  /** @type {Record<IngestPath, IngestRun[]>} */
  const runsOf = { app: [], raw: [], 'app-batched': [], 'raw-batched': [] };
  for (let run = 0; run < runs; run += 1) {
    // Rotate the order, so no path always follows the same one (and its database's deletion).
    for (let step = 0; step < paths.length; step += 1) {
      const path = /** @type {IngestPath} */ (paths[(run + step) % paths.length]);
      runsOf[path].push(await once(path));
    }
    const ms = paths.map((path) => `${path} ${round(runsOf[path].at(-1)?.ms ?? NaN)} ms`);
    log(`ingest ${count}${listed ? ' (listed)' : ''}: ${ms.join(', ')}`);
  }
  // The group's databases go only now, so no timed run pays for deleting the last one.
  await page.evaluate(() =>
    /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.cleanup(),
  );
  const { app, raw } = runsOf;
  const appBatched = runsOf['app-batched'];
  const rawBatched = runsOf['raw-batched'];
  const state = listed
    ? 'into a fresh database holding the articles’ summaries, as the section pages of a ' +
      'download leave it (stored before timing, on both paths)'
    : 'into a fresh, empty database';
  const how =
    `storeArticles given all ${count} documents at once (one batch: what is stored under ` +
    `their related posts' slugs read, then every record put, in one transaction), ${state}; ` +
    `raw: the same ${/** @type {IngestRun} */ (raw[0]).records} puts in one readwrite ` +
    'transaction, until complete';
  const medianMs = (/** @type {IngestRun[]} */ list) =>
    round(summarize(list.map((r) => r.ms)).median);
  /** @param {IngestRun[]} list @param {IngestRun[]} base */
  const ratio = (list, base) => list.map((r, i) => r.ms / /** @type {IngestRun} */ (base[i]).ms);
  const perBatch = [...app, ...appBatched].map((a) => a.transactions / a.batches);
  const label = `ingest ${count.toLocaleString('en')} articles${listed ? ' after their section pages' : ''}`;
  const rows = [
    row({
      group,
      metric: `${label}, app path / raw IndexedDB`,
      unit: 'ratio',
      samples: ratio(app, raw),
      target: '≤ 1.15',
      check: (median) => median <= 1.15,
      note: `${how}; medians: app ${medianMs(app)} ms, raw ${medianMs(raw)} ms`,
    }),
    row({
      group,
      metric: `${label}, app path`,
      unit: 'articles/s',
      samples: app.map((a) => count / (a.ms / 1000)),
      target: '≥ 5000',
      check: (median) => median >= 5000,
    }),
    row({
      group,
      metric: `${label}, raw IndexedDB in one transaction`,
      unit: 'articles/s',
      samples: raw.map((r) => count / (r.ms / 1000)),
      note:
        'for reading the row above, no target: how fast this browser and disk take the ' +
        'same records at best (the ratio’s baseline)',
    }),
    row({
      group,
      metric: `${label}, transactions per batch`,
      unit: 'count',
      samples: perBatch,
      target: '1',
      met: perBatch.every((value) => value === 1),
      note: 'IDBDatabase.prototype.transaction calls while storing, divided by batches',
    }),
  ];
  if (!diagnose) return rows;
  const batches = /** @type {IngestRun} */ (appBatched[0]).batches;
  const download =
    `in a download’s batches (${batches} of at most ${batchSize}, a section at a time, ` +
    'newest first, as runDownload stores them when the network keeps up)';
  return [
    ...rows,
    row({
      group,
      metric: `${label} ${download}, app path / raw IndexedDB in one transaction`,
      unit: 'ratio',
      samples: ratio(appBatched, raw),
      note:
        'for reading the rows above, no target: what a download pays, a commit per batch ' +
        `(median ${medianMs(appBatched)} ms); its batches wait for the network, which is ` +
        'slower than the store on any real connection',
    }),
    row({
      group,
      metric: `${label} ${download}, raw IndexedDB / raw IndexedDB in one transaction`,
      unit: 'ratio',
      samples: ratio(rawBatched, raw),
      note:
        'for reading the row above, no target: what committing once per batch costs by ' +
        `itself (the same records put raw, a transaction per batch; median ${medianMs(rawBatched)} ms)`,
    }),
    row({
      group,
      metric: `${label} ${download}, app path / raw IndexedDB in the same batches`,
      unit: 'ratio',
      samples: ratio(appBatched, rawBatched),
      note:
        'for reading the rows above, no target: what the app adds to the same commits (its ' +
        'read of what is stored under the related slugs, the merge, Dexie); pairs timed in the same run',
    }),
  ];
}

/**
 * @param {import('playwright-core').Page} page
 * @param {number} runs
 * @param {number} reads per run
 * @param {boolean} getAllRecords
 * @param {(line: string) => void} log
 * @returns {Promise<Row[]>}
 */
async function newest(page, runs, reads, getAllRecords, log) {
  const section = await page.evaluate(() =>
    /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.fillForReads(10_000),
  );
  /** @param {'app' | 'raw'} path @returns {Promise<number[]>} */
  const once = (path) =>
    page.evaluate(
      ([which, name, n]) =>
        which === 'app'
          ? /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.readApp(name, n)
          : /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.readRaw(
              name,
              n,
            ),
      /** @type {const} */ ([path, section, reads]),
    );
  await once('app');
  await once('raw');
  /** @type {number[]} */
  const appMedians = [];
  /** @type {number[]} */
  const ratios = [];
  /** @type {number[]} */
  const appAll = [];
  /** @type {number[]} */
  const rawAll = [];
  for (let run = 0; run < runs; run += 1) {
    /** @type {('app' | 'raw')[]} */
    const order = run % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
    /** @type {Record<string, number[]>} */
    const times = {};
    for (const path of order) times[path] = await once(path);
    const app = summarize(times.app ?? []).median;
    const raw = summarize(times.raw ?? []).median;
    appMedians.push(app);
    ratios.push(app / raw);
    appAll.push(...(times.app ?? []));
    rawAll.push(...(times.raw ?? []));
    log(`newest 20: app ${round(app)} ms, raw ${round(raw)} ms`);
  }
  const rawWay = getAllRecords
    ? "getAllRecords({ query, direction: 'prev', count: 20 })"
    : "a 'prev' cursor (no getAllRecords in this Chromium)";
  const appP95 = summarize(appAll).p95;
  const rawStats = summarize(rawAll);
  return [
    {
      ...row({
        group,
        metric: 'newest 20 of one section out of 10,000, app read path',
        unit: 'ms',
        samples: appMedians,
        target: 'median ≤ 3',
        check: (median) => median <= 3,
        note:
          `readNewestInSection on a StoreReader; median, min and max of ${runs} runs' ` +
          `medians (${reads} reads each, after a warm-up); p95 over all ${appAll.length} reads`,
      }),
      p95: appP95,
    },
    row({
      group,
      metric: 'newest 20 of one section out of 10,000, app / raw IndexedDB',
      unit: 'ratio',
      samples: ratios,
      target: '≤ 1.2',
      check: (median) => median <= 1.2,
      note:
        `raw: its own connection, a readonly transaction per read and ${rawWay} on the ` +
        `'[section+published]' index; raw median ${round(rawStats.median)} ms, p95 ${round(rawStats.p95)} ms`,
    }),
  ];
}

/**
 * The feed's and the WordPress blog's ingests, each on an origin of its own.
 * @param {() => Promise<{ page: import('playwright-core').Page, close: () => Promise<void> }>} openOrigin
 * @param {number} runs @param {(line: string) => void} log
 * @returns {Promise<Row[]>}
 */
async function blogRows(openOrigin, runs, log) {
  /** @type {Row[]} */
  const out = [];
  const blogs = await startBenchBlogs(await mkdtemp(join(tmpdir(), 'paperboy-bench-blogs-')));
  try {
    for (const blog of [blogs.feed, blogs.wordpress]) {
      const origin = await openOrigin();
      try {
        out.push(await blogIngest(origin.page, blog, runs, log));
      } finally {
        await origin.close();
      }
    }
  } finally {
    await blogs.close();
  }
  return out;
}

/**
 * A section of another format's blog stored page by page through the app, against raw
 * IndexedDB putting the same records, a transaction per page.
 * @param {import('playwright-core').Page} page
 * @param {{ kind: string, url: string, section: string }} blog
 * @param {number} runs @param {(line: string) => void} log
 * @returns {Promise<Row>}
 */
export async function blogIngest(page, blog, runs, log) {
  const prepared = await page.evaluate(
    ([kind, url, section]) =>
      /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.prepareBlog(
        kind,
        url,
        section,
      ),
    [blog.kind, blog.url, blog.section],
  );
  /** @param {'app' | 'raw'} path @returns {Promise<IngestRun>} */
  const once = (path) =>
    page.evaluate(([which, kind]) => {
      const bench = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench;
      return which === 'app' ? bench.ingestBlogApp(kind) : bench.ingestBlogRaw(kind);
    }, /** @type {const} */ ([path, blog.kind]));
  await once('app');
  await once('raw');
  /** @type {IngestRun[]} */
  const app = [];
  /** @type {IngestRun[]} */
  const raw = [];
  for (let run = 0; run < runs; run += 1) {
    /** @type {('app' | 'raw')[]} */
    const order = run % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
    for (const path of order) (path === 'app' ? app : raw).push(await once(path));
    log(
      `${blog.kind} ingest: app ${round(app.at(-1)?.ms ?? NaN)} ms, raw ${round(raw.at(-1)?.ms ?? NaN)} ms`,
    );
  }
  await page.evaluate(() =>
    /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench.cleanup(),
  );
  const what =
    blog.kind === 'rss'
      ? `an RSS feed of ${prepared.articles} items: its Latest section`
      : `a WordPress category of ${prepared.articles} posts`;
  const medianMs = (/** @type {IngestRun[]} */ list) =>
    round(summarize(list.map((r) => r.ms)).median);
  return row({
    group,
    metric: `ingest ${what}, app path / raw IndexedDB`,
    unit: 'ratio',
    samples: app.map((a, i) => a.ms / /** @type {IngestRun} */ (raw[i]).ms),
    target: '≤ 1.3',
    check: (median) => median <= 1.3,
    note:
      `its ${prepared.pages} pages, fetched and validated before timing (${round(prepared.ms)} ms ` +
      `from the local server), stored one after another by storeSectionPage into a fresh ` +
      `database; raw: each page's record, whole articles and their terms in one readwrite ` +
      `transaction per page; medians: app ${medianMs(app)} ms, raw ${medianMs(raw)} ms`,
  });
}

/**
 * Related posts of one article against the 10,000 newest() stored, for different articles.
 * @param {import('playwright-core').Page} page @param {number} runs
 * @param {(line: string) => void} log
 * @returns {Promise<Row[]>}
 */
export async function related(page, runs, log) {
  const articles = 50;
  /** @param {'app' | 'raw'} path @returns {Promise<number[]>} */
  const once = (path) =>
    page.evaluate(([which, n]) => {
      const bench = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).storeBench;
      return which === 'app' ? bench.relatedApp(n) : bench.relatedRaw(n);
    }, /** @type {const} */ ([path, articles]));
  /** @type {Record<'app' | 'raw', { all: number[], medians: number[] }>} */
  const of = { app: { all: [], medians: [] }, raw: { all: [], medians: [] } };
  for (let run = 0; run < runs; run += 1) {
    /** @type {('app' | 'raw')[]} */
    const order = run % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
    for (const path of order) {
      const times = await once(path);
      of[path].all.push(...times);
      of[path].medians.push(summarize(times).median);
    }
    log(
      `related: app median ${round(of.app.medians.at(-1) ?? NaN)} ms, ` +
        `raw ${round(of.raw.medians.at(-1) ?? NaN)} ms`,
    );
  }
  const how =
    `median, min and max of ${runs} runs' medians over ${articles} different articles; p95 ` +
    `over all ${of.app.all.length}`;
  return [
    {
      ...row({
        group,
        metric: 'related posts of one article against 10,000 stored, app read path',
        unit: 'ms',
        samples: of.app.medians,
        target: 'median ≤ 10',
        check: (median) => median <= 10,
        note:
          `readRelated on a new StoreReader (its first read opens the connection): the ` +
          `article's terms, the terms index under each, ranked, then the 3 records; ${how}`,
      }),
      p95: summarize(of.app.all).p95,
    },
    {
      ...row({
        group,
        metric: 'related posts of one article against 10,000 stored, raw IndexedDB',
        unit: 'ms',
        samples: of.raw.medians,
        note:
          'no target: the platform doing the same reads (one connection, the same requests ' +
          `and the same ranking), for reading the row above; ${how}`,
      }),
      p95: summarize(of.raw.all).p95,
    },
  ];
}

/** @param {Row[]} rows */
function table(rows) {
  /** @param {number | undefined} value */
  const show = (value) => (value === undefined ? '' : String(round(value)));
  const header = ['metric', 'unit', 'median', 'min', 'max', 'p95', 'runs', 'target', 'met'];
  const lines = rows.map((r) => [
    r.metric,
    r.unit,
    show(r.median),
    show(r.min),
    show(r.max),
    r.unit === 'ms' ? show(r.p95) : '',
    String(r.runs),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((l) => l[i]?.length ?? 0)),
  );
  /** @param {string[]} cells */
  const format = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    '',
    ...rows.filter((r) => r.note).map((r) => `- ${r.metric}: ${r.note}`),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
  const runs = process.argv[2] ? Number(process.argv[2]) : 15;
  const rows = await benchStore({
    executablePath,
    runs,
    log: (line) => console.error(line),
    // `search` or `blogs`: those rows alone, while working on them.
    only: process.argv[3],
  });
  console.log(table(rows));
}
