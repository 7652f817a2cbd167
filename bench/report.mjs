// The report: bench/report.md (one table a person reads) and bench/report.json (the same
// rows plus the run's metadata and Lighthouse's per-run scores, for tools and later runs).
import { writeFile } from 'node:fs/promises';

/**
 * @typedef {object} Meta
 * @property {string} date ISO date-time the run started
 * @property {string} chromium
 * @property {string} node
 * @property {number} cpus
 * @property {string} cpuModel
 * @property {number[]} loadStart 1, 5 and 15 minute load averages when the run started
 * @property {number[]} loadEnd the same when it ended
 * @property {number} loadMax the highest 1-minute load average seen during the run
 * @property {number} seconds how long the run took
 * @property {string} commit
 * @property {{ only: string[], runs: number, lighthouseRuns: number, articles: number,
 *   storeRuns: number }} options
 */

/**
 * @typedef {object} Report
 * @property {Meta} meta
 * @property {import('./lib/stats.mjs').Row[]} rows
 * @property {unknown[]} lighthouseRuns
 * @property {{ text: string, count: number }[]} problems console errors, page errors and 404s
 * @property {{ part: string, error: string }[]} failures parts that could not be measured
 */

/** @param {number} value @param {string} unit */
export function formatValue(value, unit) {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ratio':
      return value.toFixed(2);
    case 'cls':
      return value.toFixed(3);
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'ms':
      return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
    case 'B':
      return `${Math.round(value).toLocaleString('en')} B`;
    default:
      if (Number.isInteger(value)) return String(value);
      return value >= 100 ? value.toFixed(0) : value.toFixed(2);
  }
}

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** @param {import('./lib/stats.mjs').Row[]} rows */
export function table(rows) {
  const lines = [
    '| group | metric | median | min | max | runs | target | met |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO';
    lines.push(
      `| ${[
        r.group,
        r.metric,
        formatValue(r.median, r.unit),
        formatValue(r.min, r.unit),
        formatValue(r.max, r.unit),
        String(r.runs),
        r.target ?? '',
        met,
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** @param {Report} report */
export function markdown(report) {
  const { meta } = report;
  const load = (/** @type {number[]} */ l) => l.map((n) => n.toFixed(2)).join(', ');
  const notes = report.rows.filter((r) => r.note);
  return [
    '# Paperboy bench',
    '',
    `- date: ${meta.date}`,
    `- Chromium: ${meta.chromium}`,
    `- Node: ${meta.node}`,
    `- CPUs: ${meta.cpus} × ${meta.cpuModel}`,
    `- load average (1, 5, 15 min): ${load(meta.loadStart)} at the start, ${load(meta.loadEnd)} at the end; ` +
      `1-minute peak ${meta.loadMax.toFixed(2)}`,
    `- commit: ${meta.commit}`,
    `- options: only ${meta.options.only.join(', ')}; ${meta.options.runs} runs; ` +
      `${meta.options.lighthouseRuns} Lighthouse runs per page; ${meta.options.articles} articles read; ` +
      `${meta.options.storeRuns} store runs`,
    `- took ${Math.round(meta.seconds)} s`,
    '',
    'Timings are ratios against a floor measured in the same run, or absolute figures from this',
    'machine at this moment; they are reported, never asserted in tests.',
    '',
    ...(meta.loadMax > meta.cpus
      ? [
          `**The machine was busy** (load average above its ${meta.cpus} CPUs): timings, and`,
          "Lighthouse's performance scores most of all, are slower and noisier than on a quiet one.",
          '',
        ]
      : []),
    table(report.rows),
    '',
    ...(notes.length
      ? ['## Notes', '', ...notes.map((r) => `- ${r.group} — ${r.metric}: ${r.note}`), '']
      : []),
    ...(report.failures.length
      ? ['## Parts that failed', '', ...report.failures.map((f) => `- ${f.part}: ${f.error}`), '']
      : []),
    ...(report.problems.length
      ? [
          '## What the app reported while measured',
          '',
          ...report.problems.map((p) => `- ${p.count} × ${p.text}`),
          '',
        ]
      : []),
  ].join('\n');
}

/** @param {Report} report @param {string} dir */
export async function writeReport(report, dir) {
  await writeFile(`${dir}/report.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${dir}/report.md`, markdown(report));
}
