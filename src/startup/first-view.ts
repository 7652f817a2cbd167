import { delay } from './schedule';

let shown: () => void = () => {};

/** Settles once the first screen has drawn its content or final message: deferred work waits. */
export const firstViewShown = new Promise<void>((resolve) => (shown = resolve));

export const markFirstViewShown = (): void => shown();

/** The longest what waits for the first view waits, so a slow first load still gets it. */
const firstViewWait = 10_000;

export const afterFirstView = (firstView: Promise<void>): Promise<void> =>
  Promise.race([firstView, delay(firstViewWait)]);
