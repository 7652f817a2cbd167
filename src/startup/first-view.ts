import { delay } from './schedule';

let shown: () => void = () => {};

/**
 * Settles once the first screen has drawn its content (or its final message): a kept page
 * shown in place of the app until then gives way to the app (src/pwa/kept-page.ts), the
 * service worker registers (src/pwa/register.ts) and the manifest is linked
 * (src/pwa/manifest-link.ts).
 */
export const firstViewShown = new Promise<void>((resolve) => (shown = resolve));

export const markFirstViewShown = (): void => shown();

/** The longest what waits for the first view waits, so a slow first load still gets it. */
const firstViewWait = 10_000;

/** Settles when `firstView` does, or after 10 s if it has not by then. */
export const afterFirstView = (firstView: Promise<void>): Promise<void> =>
  Promise.race([firstView, delay(firstViewWait)]);
