import { describe, expect, it } from 'vitest';

interface Calibrate {
  presetHostIndex: number;
  calibratedSlowdown(benchmarkIndex: number, presetSlowdown: number): number;
  calibratedPass(benchmarkIndex: number, presetSlowdown: number): number | undefined;
}

const moduleUrl = new URL('../../bench/lib/calibrate.mjs', import.meta.url).href;
const { calibratedPass, calibratedSlowdown, presetHostIndex } = (await import(
  /* @vite-ignore */ moduleUrl
)) as Calibrate;

describe('calibratedSlowdown', () => {
  it('keeps the preset’s slowdown on the host it was made for', () => {
    expect(calibratedSlowdown(presetHostIndex, 4)).toBe(4);
  });

  it('slows a slower host down less, in proportion to its benchmark index', () => {
    expect(calibratedSlowdown(1225, 4)).toBe(2.8);
    expect(calibratedSlowdown(875, 4)).toBe(2);
  });

  it('slows a faster host down more', () => {
    expect(calibratedSlowdown(2100, 4)).toBe(4.8);
  });

  it('never speeds the host up', () => {
    expect(calibratedSlowdown(200, 4)).toBe(1);
  });
});

describe('calibratedPass', () => {
  it('runs a second pass where the host is not the one the preset was made for', () => {
    expect(calibratedPass(2100, 4)).toBe(4.8);
    expect(calibratedPass(1225, 4)).toBe(2.8);
  });

  it('runs none on the preset’s own host: its runs are the calibrated ones', () => {
    expect(calibratedPass(presetHostIndex, 4)).toBeUndefined();
    // Within rounding of it, too.
    expect(calibratedPass(presetHostIndex + 10, 4)).toBeUndefined();
  });

  it('runs none when Lighthouse reported no benchmark index to scale by', () => {
    expect(calibratedPass(Number.NaN, 4)).toBeUndefined();
    expect(calibratedPass(0, 4)).toBeUndefined();
  });
});
