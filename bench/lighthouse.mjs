// Lighthouse 12 with its default (mobile, simulated throttling) config, in Debian's Chromium
// launched fresh (new temporary profile) for every run, one run at a time: a second busy
// process on this machine swings the performance score, so nothing else runs meanwhile.
// A second pass, without targets, scales the preset's CPU slowdown to this host.
import { cpus, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumPath } from './lib/browser.mjs';
import { findShifts } from './shifts.mjs';
import { row, summarize } from './lib/stats.mjs';
import { calibratedPass, presetHostIndex } from './lib/calibrate.mjs';
import { throttling } from 'lighthouse/core/config/constants.js';

const group = 'Lighthouse (mobile)';
const calibratedGroup = 'Lighthouse (mobile, CPU slowdown calibrated to this host)';
const defaultThrottling = throttling.mobileSlow4G;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @typedef {import('lighthouse').Result} Result */

/**
 * @typedef {object} LighthouseRun
 * @property {string} page
 * @property {number} run
 * @property {Record<string, number | null>} scores 0–100
 * @property {number} lcp ms
 * @property {number} tbt ms
 * @property {number} cls
 * @property {Record<string, { id: string, title: string, score: number | null }[]>} failed
 *   audits below full marks, by category, for categories below 100
 * @property {number} load the machine's 1-minute load average as the run started
 * @property {number} benchmarkIndex Lighthouse's measure of this machine's speed in the run
 *   (lower is slower; a busy machine scores low)
 * @property {{ url: string, scripting: number }[]} bootup the scripts that kept the main
 *   thread busiest (Lighthouse's bootup-time audit, ms as Lighthouse reports them)
 * @property {Record<string, number>} blocking the blocking time (a long task's time past
 *   50 ms) between first contentful paint and interactive, by the script each ran
 *   ("other": style, layout, paint and work Lighthouse could not attribute), ms as simulated
 * @property {boolean} [median] the run computeMedianRun picked for this page
 * @property {number} [cpuSlowdown] the CPU slowdown, when not the preset's
 * @property {string} [error]
 */

/**
 * @param {{ server: import('./server.mjs').BenchServer, build: import('./build.mjs').BenchBuild,
 *   runs: number, log: (line: string) => void }} options
 * @returns {Promise<{ rows: import('./lib/stats.mjs').Row[], runs: LighthouseRun[] }>}
 */
export async function benchLighthouse({ server, build, runs, log }) {
  const base = await server.start();
  try {
    return await measure(base, build, runs, log);
  } finally {
    await server.stop();
  }
}

/**
 * @param {string} base @param {import('./build.mjs').BenchBuild} build @param {number} runs
 * @param {(line: string) => void} log
 */
async function measure(base, build, runs, log) {
  /** @type {Page[]} */
  const pages = [
    { name: 'home', path: '/' },
    { name: 'section', path: `/section/${build.sections[0]}` },
    { name: 'article', path: `/article/${build.floor.slug}` },
    // The same front page drawn by one component with nothing else: what the stack scores here.
    { name: 'reference', path: build.reference, reference: true },
  ];
  const preset = await runPages(base, pages, runs, undefined, log);
  const rows = await presetRows(base, pages, preset.results, runs);
  const indexes = preset.all.map((run) => run.benchmarkIndex).filter(Number.isFinite);
  const benchmarkIndex = summarize(indexes).median;
  const slowdown = calibratedPass(benchmarkIndex, defaultThrottling.cpuSlowdownMultiplier);
  if (slowdown !== undefined) {
    log(`  lighthouse: again with the CPU slowdown calibrated to this host (${slowdown}×)`);
    const again = await runPages(base, pages, runs, slowdown, log);
    rows.push(...calibratedRows(pages, again.results, slowdown, benchmarkIndex));
    preset.all.push(...again.all);
  }
  return { rows, runs: preset.all };
}

/** @typedef {{ name: string, path: string, reference?: boolean }} Page */

/**
 * Every page `runs` times, pages interleaved so that a slow spell on the machine falls on
 * all of them alike; with the preset's CPU slowdown unless `cpuSlowdown` is given.
 * @param {string} base @param {Page[]} pages @param {number} runs
 * @param {number | undefined} cpuSlowdown @param {(line: string) => void} log
 */
async function runPages(base, pages, runs, cpuSlowdown, log) {
  /** @type {Map<string, { lhr: Result, run: LighthouseRun }[]>} */
  const results = new Map(pages.map((page) => [page.name, []]));
  /** @type {LighthouseRun[]} */
  const all = [];
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const started = Date.now();
      const load = loadavg()[0] ?? Number.NaN;
      const lhr = await audit(base + page.path, cpuSlowdown);
      const summary = {
        ...summarizeRun(page.name, run, lhr),
        load,
        ...(cpuSlowdown === undefined ? {} : { cpuSlowdown }),
      };
      all.push(summary);
      if (!summary.error) results.get(page.name)?.push({ lhr, run: summary });
      log(
        `  lighthouse ${page.name} ${run}/${runs}${cpuSlowdown === undefined ? '' : ` (CPU ${cpuSlowdown}×)`}: ` +
          `${categories.map((c) => summary.scores[c]).join('/')} ` +
          `LCP ${summary.lcp.toFixed(0)} ms, TBT ${summary.tbt.toFixed(0)} ms, CLS ${summary.cls} ` +
          `(${((Date.now() - started) / 1000).toFixed(0)} s, benchmark index ${summary.benchmarkIndex}, load ${load.toFixed(1)})` +
          `${summary.error ? ` ERROR ${summary.error}` : ''}`,
      );
    }
  }
  return { results, all };
}

/**
 * Each page that has runs, with its label, every run and the median run as Lighthouse picks it.
 * @param {Page[]} pages @param {Map<string, { lhr: Result, run: LighthouseRun }[]>} results
 */
function pagesRun(pages, results) {
  return pages.flatMap((page) => {
    const done = results.get(page.name) ?? [];
    if (done.length === 0) return [];
    const medianLhr = computeMedianRun(done.map((result) => result.lhr));
    const median = /** @type {LighthouseRun} */ (
      done.find((result) => result.lhr === medianLhr)?.run
    );
    median.median = true;
    const list = done.map((result) => result.run);
    return [{ page, label: `${page.name} ${page.path}`, median, list }];
  });
}

/**
 * A row over every run of a page whose median column is Lighthouse's median run, as
 * Lighthouse reports it, and whose target is checked on that run unless `met` says otherwise.
 * @param {string} rowGroup @param {{ label: string, median: LighthouseRun, list: LighthouseRun[] }} ran
 * @param {string} metric @param {string} unit @param {(run: LighthouseRun) => number} value
 * @param {{ target?: string, check?: (value: number) => boolean, met?: boolean, note?: string }} [extra]
 */
function lighthouseRow(rowGroup, { label, median, list }, metric, unit, value, extra = {}) {
  const { check, note, ...rest } = extra;
  const medianValue = value(median);
  return {
    ...row({
      group: rowGroup,
      metric: `${label} ${metric}`,
      unit,
      samples: list.map(value),
      ...rest,
      ...(check && rest.met === undefined ? { met: check(medianValue) } : {}),
      ...(note ? { note } : {}),
    }),
    median: medianValue,
  };
}

/** A category's score in a run, 0–100. @param {string} category */
const score = (category) => (/** @type {LighthouseRun} */ run) =>
  run.scores[category] ?? Number.NaN;

/**
 * The target rows: Lighthouse's mobile preset as it is.
 * @param {string} base @param {Page[]} pages
 * @param {Map<string, { lhr: Result, run: LighthouseRun }[]>} results @param {number} runs
 */
async function presetRows(base, pages, results, runs) {
  /** @type {import('./lib/stats.mjs').Row[]} */
  const rows = [];
  for (const ran of pagesRun(pages, results)) {
    const { page, median, list } = ran;
    const loads = list.map((run) => run.load);
    const indexes = list.map((run) => run.benchmarkIndex);
    const range = (/** @type {number[]} */ values) =>
      `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
    // Said once per page: what the median column is and how busy the machine was.
    const context =
      `median column = Lighthouse's median run (#${median.run}, computeMedianRun), min and max over ` +
      `all runs; load average ${range(loads)} on ${cpus().length} CPUs, benchmark index ${range(indexes)}`;
    /**
     * @param {string} metric @param {string} unit @param {(run: LighthouseRun) => number} value
     * @param {Parameters<typeof lighthouseRow>[5]} [extra]
     */
    const lhRow = (metric, unit, value, extra) =>
      lighthouseRow(group, ran, metric, unit, value, extra);
    const perfect = list.filter((run) => run.scores.performance === 100).length;
    const needed = Math.ceil(runs * 0.8);
    if (page.reference) {
      const note = `the demo blog's front page drawn straight from its JSON by one component (bench/reference/), no target; ${context}`;
      rows.push(
        lhRow('performance', 'score', score('performance'), {
          note: [`100 in ${perfect} of ${list.length} runs`, note].join('; '),
        }),
        lhRow('LCP', 'ms', (run) => run.lcp),
        lhRow('TBT', 'ms', (run) => run.tbt, { note: describeBlocking(median) }),
      );
      continue;
    }
    // Lighthouse cannot name what shifted on this Chromium: look for it in a page of our own.
    const shifted = list.some((run) => run.cls > 0)
      ? await findShifts(base + page.path).catch((error) => ({ error: String(error) }))
      : undefined;
    rows.push(
      lhRow('performance', 'score', score('performance'), {
        target: `100 in ≥ ${needed} of ${runs} runs`,
        met: perfect >= needed,
        note: [`100 in ${perfect} of ${list.length} runs`, failures(list, 'performance'), context]
          .filter(Boolean)
          .join('; '),
      }),
      ...['accessibility', 'best-practices'].map((category) =>
        lhRow(category, 'score', score(category), {
          target: '100',
          check: (value) => value === 100,
          note: failures(list, category),
        }),
      ),
      lhRow('seo', 'score', score('seo'), { note: failures(list, 'seo') }),
      lhRow('LCP', 'ms', (run) => run.lcp),
      lhRow('TBT', 'ms', (run) => run.tbt, { note: describeBlocking(median) }),
      lhRow('CLS', 'cls', (run) => run.cls, {
        target: '0',
        check: (value) => value === 0,
        note: [
          `above 0 in ${list.filter((run) => run.cls > 0).length} of ${list.length} runs`,
          shifted && describeShifts(shifted),
        ]
          .filter(Boolean)
          .join('; '),
      }),
    );
  }
  return rows;
}

/**
 * Rows without targets: the same pages with the preset's CPU slowdown scaled to this host
 * (lib/calibrate.mjs), to tell what the host costs the preset's scores from what the app does.
 * @param {Page[]} pages @param {Map<string, { lhr: Result, run: LighthouseRun }[]>} results
 * @param {number} slowdown @param {number} benchmarkIndex the preset runs' median
 */
function calibratedRows(pages, results, slowdown, benchmarkIndex) {
  /** @type {import('./lib/stats.mjs').Row[]} */
  const rows = [];
  for (const ran of pagesRun(pages, results)) {
    const { page, list } = ran;
    const perfect = list.filter((run) => run.scores.performance === 100).length;
    const why =
      `CPU slowdown ${slowdown}×, not the preset's ${defaultThrottling.cpuSlowdownMultiplier}×: the ` +
      `preset's, scaled by this host's median benchmark index in the preset runs ` +
      `(${benchmarkIndex.toFixed(0)}) against ${presetHostIndex}, the middle of the bracket the ` +
      `preset was made for (Lighthouse's docs/throttling.md); network as the preset; no target ` +
      `(the targets are the preset's, above)`;
    rows.push(
      lighthouseRow(calibratedGroup, ran, 'performance', 'score', score('performance'), {
        note: [
          `100 in ${perfect} of ${list.length} runs`,
          failures(list, 'performance'),
          page === pages[0] ? why : '',
        ]
          .filter(Boolean)
          .join('; '),
      }),
      lighthouseRow(calibratedGroup, ran, 'TBT', 'ms', (run) => run.tbt),
    );
  }
  return rows;
}

/**
 * @param {{ shifts: import('./shifts.mjs').Shift[], installOfferedAt?: number } | { error: string }} found
 */
function describeShifts(found) {
  if ('error' in found) return `shift diagnostic failed: ${found.error}`;
  if (found.shifts.length === 0)
    return 'no shift seen in a diagnostic load (mobile screen, 4× CPU)';
  const offered =
    found.installOfferedAt === undefined
      ? ''
      : `; the browser offered to install the app at ${Math.round(found.installOfferedAt)} ms`;
  return `a diagnostic load (mobile screen, 4× CPU) saw ${found.shifts
    .map(
      (shift) => `${shift.elements.join(', ')} move by ${shift.value.toFixed(4)} at ${shift.at} ms`,
    )
    .join('; ')}${offered}`;
}

/**
 * One Lighthouse run in a Chromium of its own.
 * @param {string} url @param {number} [cpuSlowdown] instead of the preset's
 * @returns {Promise<Result>}
 */
export async function audit(url, cpuSlowdown) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      ...(cpuSlowdown === undefined
        ? {}
        : { throttling: { ...defaultThrottling, cpuSlowdownMultiplier: cpuSlowdown } }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * @param {string} page @param {number} run @param {Result} lhr
 * @returns {Omit<LighthouseRun, 'load'>}
 */
export function summarizeRun(page, run, lhr) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {LighthouseRun['failed']} */
  const failed = {};
  for (const id of categories) {
    const category = lhr.categories[id];
    const score = category?.score ?? null;
    scores[id] = score === null ? null : Math.round(score * 100);
    if (!category || score === 1) continue;
    failed[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((result) => result && result.score !== null && result.score < 1)
      .map((result) => ({
        id: /** @type {import('lighthouse').Result['audits'][string]} */ (result).id,
        title: /** @type {import('lighthouse').Result['audits'][string]} */ (result).title,
        score: /** @type {import('lighthouse').Result['audits'][string]} */ (result).score,
      }));
  }
  const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    page,
    run,
    scores,
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    bootup: bootup(lhr),
    blocking: blocking(lhr),
    failed,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

/** @param {Result} lhr */
function bootup(lhr) {
  const details = /** @type {{ items?: { url?: string, scripting?: number }[] } | undefined} */ (
    lhr.audits['bootup-time']?.details
  );
  return (details?.items ?? []).slice(0, 5).map((item) => ({
    url: item.url ?? '',
    scripting: Math.round(item.scripting ?? Number.NaN),
  }));
}

/** @param {Result} lhr */
function blocking(lhr) {
  const fcp = lhr.audits['first-contentful-paint']?.numericValue ?? 0;
  const tti = lhr.audits['interactive']?.numericValue ?? Number.POSITIVE_INFINITY;
  const details =
    /** @type {{ items?: { url?: string, startTime?: number, duration?: number }[] } | undefined} */ (
      lhr.audits['long-tasks']?.details
    );
  /** @type {Record<string, number>} */
  const by = {};
  for (const task of details?.items ?? []) {
    const start = task.startTime ?? 0;
    const end = start + (task.duration ?? 0);
    // As TBT counts it: between first contentful paint and interactive, past 50 ms a task.
    const blocked = Math.min(end, tti) - Math.max(start + 50, fcp);
    if (blocked <= 0) continue;
    const file = /^https?:/.test(task.url ?? '') ? new URL(task.url ?? '').pathname : '';
    const name =
      /\/assets\/([A-Za-z.]+)-[\w-]+\.js$/.exec(file)?.[1] ?? (file ? 'document' : 'other');
    by[name] = Math.round((by[name] ?? 0) + blocked);
  }
  return by;
}

/** The median run's blocking time by script, largest first. @param {LighthouseRun} run */
function describeBlocking(run) {
  const parts = Object.entries(run.blocking)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms} ms`);
  return parts.length
    ? `median run's blocking time between FCP and interactive by script (approximate): ${parts.join(', ')}`
    : '';
}

/**
 * The audits that kept a category below 100, with how many runs each failed in.
 * @param {LighthouseRun[]} runs @param {string} category
 */
function failures(runs, category) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const run of runs) {
    for (const audit of run.failed[category] ?? []) {
      counts.set(audit.id, (counts.get(audit.id) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return '';
  return `failed: ${[...counts].map(([id, count]) => `${id} (${count}/${runs.length})`).join(', ')}`;
}
