/** Where the page is and where the article's body lies in it, in CSS pixels from the document's top. */
export interface Geometry {
  scrollY: number;
  viewport: number;
  bodyTop: number;
  bodyHeight: number;
}

/** Scrolled this far, the body's end is in view. */
const endOf = (at: Omit<Geometry, 'scrollY'>) => at.bodyTop + at.bodyHeight - at.viewport;

/** How far down the body the reader is: 0 at the page's top, 1 once the body's end is in view. */
export function positionOf(at: Geometry): number {
  const end = endOf(at);
  if (end <= 0) return 1;
  return Math.min(1, Math.max(0, at.scrollY / end));
}

/** Where to scroll to be `position` down the body again, whatever its height is now. */
export function scrollFor(position: number, at: Omit<Geometry, 'scrollY'>): number {
  return Math.max(0, Math.round(position * endOf(at)));
}
