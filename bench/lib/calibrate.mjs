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
