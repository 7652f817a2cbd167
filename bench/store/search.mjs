/**
 * The search measurements (issue 25, point 6), run by bench.mjs on its store page: queries
 * and a cold first result over the 10,000 articles stored for the reads, and what indexing
 * costs next to storing 1,000.
 */
import { makeArticle } from '../generate-blog.mjs';
import { row, summarize } from '../lib/stats.mjs';

const group = 'Search';

/**
 * What bench/store/page.ts offers for these (keep in step with it).
 * @typedef {object} SearchBench
 * @property {(count: number) => Promise<{ ingestMs: number, indexMs: number, saveMs: number }>} searchIndexCost
 * @property {() => Promise<{ indexMs: number, saveMs: number, bytes: number, indexed: number }>} searchBuild
 * @property {(keystroke: string) => Promise<{ ms: number, total: number }>} searchCold
 * @property {(queries: string[]) => Promise<{ times: number[], totals: number[] }>} searchQueries
 * @property {() => Promise<number>} searchColdRaw
 * @property {(count: number) => Promise<number>} searchWordsRaw
 */

/**
 * Queries as a reader types them, from the stored articles' titles: one to three words, the
 * last one cut short in every other query.
 * @param {number} count
 */
export function typedQueries(count) {
  return Array.from({ length: count }, (_, k) => {
    const words = makeArticle((k * 163) % 10_000)
      .title.toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 3);
    const size = Math.min(words.length, 1 + (k % 3));
    const picked = words.slice(0, size);
    const last = picked.at(-1) ?? 'rail';
    if (k % 2 === 0) picked[picked.length - 1] = last.slice(0, Math.ceil(last.length * 0.6));
    return picked.join(' ');
  });
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} method
 * @param {unknown} [arg]
 */
const call = (page, method, arg) =>
  page.evaluate(
    ([name, value]) =>
      /** @type {Record<string, (a: unknown) => Promise<unknown>>} */ (
        /** @type {{ storeBench: unknown }} */ (/** @type {unknown} */ (window)).storeBench
      )[/** @type {string} */ (name)]?.(value),
    /** @type {const} */ ([method, arg]),
  );

/**
 * Over the 10,000 stored on `page` (fillForReads ran): build, cold first result, queries.
 * @param {import('playwright-core').Page} page @param {number} runs
 * @param {(line: string) => void} log
 * @returns {Promise<import('../lib/stats.mjs').Row[]>}
 */
export async function searchRows(page, runs, log) {
  const built = /** @type {{ indexMs: number, saveMs: number, bytes: number, indexed: number }} */ (
    await call(page, 'searchBuild')
  );
  log(
    `search: indexed ${built.indexed} in ${Math.round(built.indexMs)} ms, snapshot of ` +
      `${(built.bytes / 1e6).toFixed(1)} MB saved in ${Math.round(built.saveMs)} ms`,
  );
  const queries = typedQueries(60);
  /** @type {number[]} */
  const medians = [];
  /** @type {number[]} */
  const all = [];
  /** @type {number[]} */
  const colds = [];
  /** @type {number[]} */
  const rawColds = [];
  let totals = /** @type {number[]} */ ([]);
  for (let run = 0; run < runs; run += 1) {
    const cold = /** @type {{ ms: number, total: number }} */ (
      await call(page, 'searchCold', queries[run % queries.length]?.[0] ?? 'r')
    );
    colds.push(cold.ms);
    rawColds.push(/** @type {number} */ (await call(page, 'searchColdRaw')));
    const timed = /** @type {{ times: number[], totals: number[] }} */ (
      await call(page, 'searchQueries', queries)
    );
    all.push(...timed.times);
    medians.push(summarize(timed.times).median);
    totals = timed.totals;
    log(
      `search: cold first result ${Math.round(cold.ms)} ms; queries median ` +
        `${summarize(timed.times).median.toFixed(1)} ms`,
    );
  }
  const matched = summarize(totals);
  return [
    {
      ...row({
        group,
        metric: 'search query over 10,000 stored articles',
        unit: 'ms',
        samples: medians,
        target: 'median ≤ 10, p95 ≤ 30',
        met: summarize(medians).median <= 10 && summarize(all).p95 <= 30,
        note:
          `search() on a warm index (MiniSearch, every word, the last a prefix): the match, ` +
          `the ranking, the 20 records read and their snippets built; ${queries.length} queries ` +
          `of 1 to 3 words typed from titles, every other one cut short; median of ${runs} ` +
          `runs' medians, p95 over all ${all.length}; a query matched ${Math.round(matched.median)} ` +
          `articles at the median (the synthetic blog's few hundred words are in most articles)`,
      }),
      p95: summarize(all).p95,
    },
    {
      ...row({
        group,
        metric: 'search: first result after a cold start, 10,000 stored',
        unit: 'ms',
        samples: colds,
        target: '≤ 300',
        check: (median) => median <= 300,
        note:
          `a new connection and index: the saved snapshot (${(built.bytes / 1e6).toFixed(1)} MB ` +
          `of JSON) read and loaded, the marks checked, one keystroke answered; the code's ` +
          `chunk load (in the service worker's cache) is not in it`,
      }),
      p95: summarize(colds).p95,
    },
    row({
      group,
      metric: 'search: the saved snapshot read and parsed, raw IndexedDB',
      unit: 'ms',
      samples: rawColds,
      note:
        'no target: the platform reading the same snapshot row on a new connection and ' +
        'JSON.parse-ing it, without MiniSearch: the floor under the row above for an index ' +
        'loaded whole',
    }),
    row({
      group,
      metric: 'search: index built from nothing, 10,000 stored',
      unit: 'ms',
      samples: [built.indexMs],
      note: 'once, before the rows above: what a first search after an upgrade, or a damaged snapshot, costs',
    }),
  ];
}

/**
 * What indexing costs next to storing 1,000 articles, each run in a fresh database.
 * @param {() => Promise<{ page: import('playwright-core').Page, close: () => Promise<void> }>} openOrigin
 * @param {number} runs @param {(line: string) => void} log
 * @returns {Promise<import('../lib/stats.mjs').Row[]>}
 */
export async function searchCostRows(openOrigin, runs, log) {
  const count = 1000;
  /** @type {number[]} */
  const ratios = [];
  /** @type {number[]} */
  const ingests = [];
  /** @type {number[]} */
  const indexes = [];
  /** @type {number[]} */
  const floors = [];
  const origin = await openOrigin();
  try {
    await call(origin.page, 'prepare', count);
    for (let run = 0; run < runs; run += 1) {
      const cost = /** @type {{ ingestMs: number, indexMs: number, saveMs: number }} */ (
        await call(origin.page, 'searchIndexCost', count)
      );
      ingests.push(cost.ingestMs);
      indexes.push(cost.indexMs + cost.saveMs);
      ratios.push((cost.indexMs + cost.saveMs) / cost.ingestMs);
      floors.push(
        /** @type {number} */ (await call(origin.page, 'searchWordsRaw', count)) / cost.ingestMs,
      );
      log(
        `search cost: ingest ${Math.round(cost.ingestMs)} ms, index ${Math.round(cost.indexMs)} ` +
          `ms, snapshot ${Math.round(cost.saveMs)} ms`,
      );
    }
    await call(origin.page, 'cleanup');
  } finally {
    await origin.close();
  }
  return [
    row({
      group,
      metric: `search indexing of ${count} articles, as a share of storing them`,
      unit: '×',
      samples: ratios,
      target: '≤ 0.25',
      check: (median) => median <= 0.25,
      note:
        `(index built + snapshot saved) ÷ (storeArticles of the same ${count}, the search ` +
        `marks included), in one run each, in a fresh database; medians: store ` +
        `${Math.round(summarize(ingests).median)} ms, index and snapshot ` +
        `${Math.round(summarize(indexes).median)} ms. The index is built at the first search, ` +
        `not while storing: storing pays only one mark per article`,
    }),
    row({
      group,
      metric: `search: the text of ${count} articles split into folded words, as a share of storing them`,
      unit: '×',
      samples: floors,
      note:
        'no target: the least any index must do (the text taken out of the markup, split ' +
        'into words, each folded), without building anything, over the same store time',
    }),
  ];
}
