/** Left part-way: scrolled into (0 is the top, 1 the end), not read to the end. */
export const leftPartWay = (position: number | undefined): position is number =>
  position !== undefined && position >= 0.05 && position < 0.95;
