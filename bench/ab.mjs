/// <reference lib="dom" />
// A/B: two builds measured in one run, in alternation (A, B, A, B…), so that a slow spell on
// the machine falls on both alike: first-view bytes, the cold first visit of the home page
// and an article, the offline repeat visit of an article, and Lighthouse (mobile) on the home
// page, a section and an article. Each figure is reported for both with its spread, and
// whether the difference between the medians is larger than the spread.
import { bundleSizes } from '../scripts/bundle-sizes.mjs';
import {
  freshContext,
  freshVisitLcp,
  launchBrowser,
  readLcp,
  settle,
  waitForArticle,
  waitForList,
} from './lib/browser.mjs';
import { row, summarize } from './lib/stats.mjs';
import { Workers } from './lib/workers.mjs';
import { audit, summarizeRun } from './lighthouse.mjs';
import { warmUp } from './offline.mjs';

/**
 * @typedef {object} Variant
 * @property {string} name how the report names it
 * @property {import('./build.mjs').BenchBuild} build
 * @property {import('./server.mjs').BenchServer} server
 */

/** @typedef {Record<string, number[]>} Samples figure → one sample per run */

/**
 * @param {{ variants: [Variant, Variant], runs: number, lighthouseRuns: number,
 *   problems: import('./lib/browser.mjs').Problems, log: (line: string) => void }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchAB({ variants, runs, lighthouseRuns, problems, log }) {
  /** @type {Map<string, Samples>} variant name → its samples */
  const samples = new Map(variants.map((variant) => [variant.name, {}]));
  /** @param {Variant} variant @param {string} figure @param {number} value */
  const add = (variant, figure, value) => {
    const own = /** @type {Samples} */ (samples.get(variant.name));
    (own[figure] ??= []).push(value);
  };
  /** @type {Map<string, string>} figure → its unit */
  const units = new Map();
  /** @param {string} figure @param {string} unit */
  const unit = (figure, unit) => units.set(figure, unit);

  for (const variant of variants) {
    const sizes = bundleSizes(variant.build.dist);
    add(variant, 'first view gzip', sizes.firstView.bytes);
    add(variant, "first visit's first view gzip", sizes.firstVisit.bytes);
  }
  unit('first view gzip', 'B');
  unit("first visit's first view gzip", 'B');

  const browser = await launchBrowser();
  try {
    for (let run = 1; run <= runs; run++) {
      for (const variant of variants) {
        const cold = await coldVisit(browser, problems, variant);
        add(variant, 'cold first visit: home LCP', cold.home);
        add(variant, 'cold first visit: article LCP', cold.article);
        const offline = await offlineVisit(browser, problems, variant);
        add(variant, 'offline repeat visit: article LCP, worker running', offline.running);
        add(variant, 'offline repeat visit: article LCP, worker stopped', offline.stopped);
        log(
          `  ab ${variant.name} ${run}/${runs}: cold home ${cold.home.toFixed(0)} ms, article ` +
            `${cold.article.toFixed(0)} ms; offline ${offline.running.toFixed(0)} / ` +
            `${offline.stopped.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    // Alone on the machine: no other browser open while Lighthouse measures.
    await browser.close();
  }
  for (const figure of [
    'cold first visit: home LCP',
    'cold first visit: article LCP',
    'offline repeat visit: article LCP, worker running',
    'offline repeat visit: article LCP, worker stopped',
  ]) {
    unit(figure, 'ms');
  }

  const pages = (/** @type {Variant} */ variant) => [
    { name: 'home', path: '/' },
    { name: 'section', path: `/section/${variant.build.sections[0]}` },
    { name: 'article', path: `/article/${variant.build.floor.slug}` },
  ];
  for (let run = 1; run <= lighthouseRuns; run++) {
    for (const index of [0, 1, 2]) {
      for (const variant of variants) {
        const page = /** @type {{ name: string, path: string }} */ (pages(variant)[index]);
        const base = await variant.server.start();
        try {
          const result = summarizeRun(page.name, run, await audit(base + page.path));
          if (result.error) throw new Error(`Lighthouse on ${page.path}: ${result.error}`);
          add(variant, `Lighthouse ${page.name}: performance`, result.scores.performance ?? NaN);
          add(variant, `Lighthouse ${page.name}: TBT`, result.tbt);
          add(variant, `Lighthouse ${page.name}: LCP`, result.lcp);
          log(
            `  ab lighthouse ${variant.name} ${page.name} ${run}/${lighthouseRuns}: ` +
              `${result.scores.performance}, TBT ${result.tbt.toFixed(0)} ms, ` +
              `LCP ${result.lcp.toFixed(0)} ms (benchmark index ${result.benchmarkIndex})`,
          );
        } finally {
          await variant.server.stop();
        }
      }
      unit(`Lighthouse ${pages(variants[0])[index]?.name}: performance`, 'score');
      unit(`Lighthouse ${pages(variants[0])[index]?.name}: TBT`, 'ms');
      unit(`Lighthouse ${pages(variants[0])[index]?.name}: LCP`, 'ms');
    }
  }
  return compare(variants, samples, units);
}

/**
 * The interquartile range: the spread of the middle half of the runs.
 * @param {number[]} values
 */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => {
    const position = (sorted.length - 1) * q;
    const low = /** @type {number} */ (sorted[Math.floor(position)]);
    const high = /** @type {number} */ (sorted[Math.ceil(position)]);
    return low + (high - low) * (position - Math.floor(position));
  };
  return sorted.length < 2 ? 0 : at(0.75) - at(0.25);
}

/**
 * A row per figure and variant, then one for the difference of B's median from A's, which
 * says whether it is beyond the spread: larger than the wider of the two interquartile ranges.
 * @param {[Variant, Variant]} variants @param {Map<string, Samples>} samples
 * @param {Map<string, string>} units
 */
function compare(variants, samples, units) {
  const [a, b] = variants;
  const group = `A/B: ${a.name} against ${b.name}`;
  /** @type {import('./lib/stats.mjs').Row[]} */
  const rows = [];
  for (const [figure, figureUnit] of units) {
    const ofA = samples.get(a.name)?.[figure] ?? [];
    const ofB = samples.get(b.name)?.[figure] ?? [];
    for (const [variant, values] of /** @type {const} */ ([
      [a, ofA],
      [b, ofB],
    ])) {
      rows.push(
        row({
          group,
          metric: `${figure} — ${variant.name}`,
          unit: figureUnit,
          samples: values,
          note: `interquartile range ${formatSpread(spread(values))}`,
        }),
      );
    }
    const difference = summarize(ofB).median - summarize(ofA).median;
    const widest = Math.max(spread(ofA), spread(ofB));
    rows.push({
      group,
      metric: `${figure} — ${b.name} − ${a.name}`,
      unit: figureUnit,
      median: difference,
      min: difference,
      max: difference,
      runs: Math.min(ofA.length, ofB.length),
      note: `${Math.abs(difference) > widest ? 'beyond' : 'within'} the spread (the wider interquartile range: ${formatSpread(widest)})`,
    });
  }
  return rows;
}

/** @param {number} value */
const formatSpread = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * One cold first visit of the home page and one of the article, each in a fresh context.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/browser.mjs').Problems} problems @param {Variant} variant
 */
async function coldVisit(browser, problems, variant) {
  const base = await variant.server.start();
  /** @param {string} path @param {(page: import('playwright-core').Page) => Promise<void>} ready */
  const visit = (path, ready) =>
    freshVisitLcp(browser, problems, `ab ${variant.name} cold`, base + path, ready);
  try {
    const { slug, title } = variant.build.floor;
    return {
      home: await visit('/', waitForList),
      article: await visit(`/article/${slug}`, (page) => waitForArticle(page, title)),
    };
  } finally {
    await variant.server.stop();
  }
}

/**
 * The article read once online, then opened with the server stopped and the context offline,
 * with the service worker running and then stopped.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/browser.mjs').Problems} problems @param {Variant} variant
 */
async function offlineVisit(browser, problems, variant) {
  const { slug, title, path: floor } = variant.build.floor;
  const base = await variant.server.start();
  const context = await freshContext(browser, problems, `ab ${variant.name} offline`);
  try {
    const page = await context.newPage();
    await warmUp(page, base, slug, title, floor);
    const workers = await Workers.attach(page, `${base}/`);
    await variant.server.stop();
    await context.setOffline(true);
    const measure = async () => {
      await page.goto(`${base}/article/${slug}`);
      await waitForArticle(page, title);
      await settle(page);
      return readLcp(page);
    };
    await workers.ensureRunning();
    const running = await measure();
    await workers.stopAll();
    const stopped = await measure();
    return { running, stopped };
  } finally {
    await context.close();
    await variant.server.stop();
  }
}
