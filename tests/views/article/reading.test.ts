import { describe, expect, it } from 'vitest';
import { positionOf, scrollFor } from '../../../src/views/article/reading';

const page = { viewport: 800, bodyTop: 400, bodyHeight: 3_400 };

describe('a reading position', () => {
  it('runs from the page’s top to the body’s end coming into view', () => {
    expect(positionOf({ ...page, scrollY: 0 })).toBe(0);
    expect(positionOf({ ...page, scrollY: 1_500 })).toBe(0.5);
    expect(positionOf({ ...page, scrollY: 3_000 })).toBe(1);
    expect(positionOf({ ...page, scrollY: 3_600 })).toBe(1);
  });

  it('is the end at once for a body that fits on the screen', () => {
    expect(positionOf({ viewport: 800, bodyTop: 200, bodyHeight: 500, scrollY: 0 })).toBe(1);
  });

  it('finds the same place again, on a body that has grown or shrunk', () => {
    expect(scrollFor(0.5, page)).toBe(1_500);
    expect(scrollFor(0.5, { ...page, bodyHeight: 5_400 })).toBe(2_500);
    expect(scrollFor(0.5, { viewport: 800, bodyTop: 200, bodyHeight: 500 })).toBe(0);
  });
});
