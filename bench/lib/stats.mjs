/**
 * The bench's one shape for a measured figure, shared by every measurement module so the
 * report (bench/report.md and .json) can print them side by side with their targets.
 *
 * @typedef {object} Row
 * @property {string} group    the report section, e.g. "Bytes", "Offline repeat visit", "Store"
 * @property {string} metric   what was measured, in words, e.g. "article LCP, worker running / floor"
 * @property {string} unit     "B", "ms", "ratio", "score", "MB", "articles/s", "count"
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} [p95]
 * @property {number} runs     how many samples the figures summarise
 * @property {string} [target] the target in words, e.g. "≤ 1.3", "≥ 5000", "100 in ≥ 4 of 5 runs"
 * @property {boolean} [met]   whether the target holds for this measurement
 * @property {string} [note]
 */

/** @param {number[]} sorted ascending @param {number} q in [0, 1] */
function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = /** @type {number} */ (sorted[low]);
  const highValue = /** @type {number} */ (sorted[high]);
  return lowValue + (highValue - lowValue) * (position - low);
}

/**
 * Median, min, max and p95 of a set of samples.
 * @param {number[]} samples
 * @returns {{ median: number, min: number, max: number, p95: number, runs: number }}
 */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    p95: quantile(sorted, 0.95),
    runs: sorted.length,
  };
}

/**
 * A report row from samples, with its target checked on the median unless `met` is given.
 * @param {{ group: string, metric: string, unit: string, samples: number[], target?: string,
 *   check?: (median: number) => boolean, met?: boolean, note?: string }} spec
 * @returns {Row}
 */
export function row({ group, metric, unit, samples, target, check, met, note }) {
  const stats = summarize(samples);
  return {
    group,
    metric,
    unit,
    ...stats,
    ...(target === undefined ? {} : { target }),
    ...(met !== undefined ? { met } : check ? { met: check(stats.median) } : {}),
    ...(note === undefined ? {} : { note }),
  };
}
