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

/** The kept page the worker answered with (caches/kept-pages.ts), if any. */
const keptPageIn = (root: HTMLElement): Element | null =>
  root.querySelector(':scope > [data-page]');

/** Gives way once the app's view is drawn and the kept page has painted (sooner is wasted). */
function handOverWhenDrawn(root: HTMLElement, kept: Element): void {
  const swap = () => {
    kept.remove();
    root.removeAttribute('data-booting');
  };
  // The click still reaches the router, which follows the link in the app.
  kept.addEventListener('click', swap, { once: true, capture: true });
  const drawn = Promise.all([firstViewShown, firstPaintShown()]);
  void Promise.race([drawn, delay(3000)]).then(swap);
}

/** Behind a kept page, the app mounts a frame later, so the kept page paints first. */
export function mountBehindKeptPage(root: HTMLElement, mount: () => void): void {
  const kept = keptPageIn(root);
  if (!kept) return mount();
  void nextFrame().then(() => {
    handOverWhenDrawn(root, kept);
    mount();
  });
}
