/**
 * Whether the views can draw dates without a long main-thread task: the first Intl
 * formatter a renderer process makes loads the locale data (15-55 ms here, a lock the main
 * thread waits on while the warm-up worker holds it). Resolved until a warm-up starts, so
 * where there is none (tests, no workers) nothing waits.
 */
let ready: Promise<void> = Promise.resolve();

/** Settles once the warm-up worker has loaded the locale data, failed, or taken too long. */
export function localeDataReady(): Promise<void> {
  return ready;
}

/** How long views wait at most for the warm-up: beyond it, they pay for it themselves. */
export const localeWaitMs = 1000;

/**
 * Follows a warm-up worker, which posts one message when the locale data is loaded. A
 * worker that fails or never answers holds nothing up for longer than `boundMs`.
 */
export function followWarmup(
  worker: Pick<Worker, 'addEventListener'>,
  boundMs = localeWaitMs,
): void {
  ready = new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, boundMs);
    worker.addEventListener('message', done, { once: true });
    worker.addEventListener('error', done, { once: true });
  });
}
