import { describe, expect, it } from 'vitest';

interface Calibrate {
  presetHostIndex: number;
  calibratedSlowdown(benchmarkIndex: number, presetSlowdown: number): number;
}

const moduleUrl = new URL('../../bench/lib/calibrate.mjs', import.meta.url).href;
const { calibratedSlowdown, presetHostIndex } = (await import(
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
