import { describe, expect, it } from 'vitest';
import { leftPartWay } from '../../src/model/position';

describe('leftPartWay', () => {
  it('is a position scrolled into but not to the end', () => {
    expect([undefined, 0, 0.04, 0.05, 0.5, 0.94, 0.95, 1].map(leftPartWay)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
