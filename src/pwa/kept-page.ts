import { firstViewShown } from '../startup/first-view';
import { delay, nextFrame } from '../startup/schedule';

/** The page's first contentful paint has been shown (or, where unreported, a moment passed). */
function firstPaintShown(): Promise<void> {
  const shown = new Promise<void>((resolve) => {
    try {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      resolve();
    }
  });
  return Promise.race([shown, delay(1000)]);
}

/**
 * The page the app drew last time for a read article, when the worker answered with it
 * (src/caches/kept-pages.ts).
 */
export const keptPageIn = (root: HTMLElement): Element | null =>
  root.querySelector(':scope > [data-page]');

/**
 * The kept page shows while the app draws the same view hidden beside it, and gives way in
 * one frame once that view is drawn and the kept page has been on screen (removed sooner,
 * it would have been work for nothing), after a few seconds at most, or at once when the
 * reader clicks in it.
 */
export function handOverWhenDrawn(root: HTMLElement, kept: Element): void {
  const swap = () => {
    kept.remove();
    root.removeAttribute('data-booting');
  };
  // The click still reaches the router, which follows the link in the app.
  kept.addEventListener('click', swap, { once: true, capture: true });
  const drawn = Promise.all([firstViewShown, firstPaintShown()]);
  void Promise.race([drawn, delay(3000)]).then(swap);
}

/**
 * Mounts the app: at once, or where the worker answered with a kept page, a frame later,
 * so the kept page paints first, as a static page would.
 */
export function mountBehindKeptPage(root: HTMLElement, mount: () => void): void {
  const kept = keptPageIn(root);
  if (!kept) return mount();
  void nextFrame().then(() => {
    handOverWhenDrawn(root, kept);
    mount();
  });
}
