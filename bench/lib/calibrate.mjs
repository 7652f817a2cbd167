// Lighthouse's CPU slowdown is relative to the host it runs on (docs/throttling.md,
// "Calibrating the CPU slowdown"): the mobile preset's 4× "moves a typical run in the
// high-end desktop bracket" (benchmark index 1500–2000) into the mid-tier mobile bracket,
// and a slower host needs a smaller multiplier to emulate the same phone. The guide's table
// names brackets only; this scales the preset's 4× by the host's index against the middle of
// the bracket it was made for, so the emulated phone stays the same.

/** The benchmark index of the host the preset's slowdown was made for (its bracket's middle). */
export const presetHostIndex = 1750;

/**
 * The CPU slowdown that turns this host into the phone the mobile preset emulates on its
 * intended host, to one decimal; never below 1 (no slowdown).
 * @param {number} benchmarkIndex this host's, as Lighthouse measured it (a median over runs)
 * @param {number} presetSlowdown the preset's multiplier
 */
export function calibratedSlowdown(benchmarkIndex, presetSlowdown) {
  const scaled = (presetSlowdown * benchmarkIndex) / presetHostIndex;
  return Math.max(1, Math.round(scaled * 10) / 10);
}

/**
 * The slowdown for a second, calibrated pass, or undefined when there is none to run: on
 * the host the preset was made for (the preset's runs are the calibrated ones), or when
 * Lighthouse reported no benchmark index to scale by.
 * @param {number} benchmarkIndex this host's median index over the preset's runs (NaN if none)
 * @param {number} presetSlowdown the preset's multiplier
 * @returns {number | undefined}
 */
export function calibratedPass(benchmarkIndex, presetSlowdown) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return undefined;
  const slowdown = calibratedSlowdown(benchmarkIndex, presetSlowdown);
  return slowdown === presetSlowdown ? undefined : slowdown;
}
