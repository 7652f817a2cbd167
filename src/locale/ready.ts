// Resolved until a warm-up starts: where none runs (tests, no workers), nothing waits.
let ready: Promise<void> = Promise.resolve();

/** Settles once the warm-up worker has loaded the locale data, failed, or taken too long. */
export function localeDataReady(): Promise<void> {
  return ready;
}

/** How long views wait at most for the warm-up: beyond it, they pay for it themselves. */
export const localeWaitMs = 1000;

/** A warm-up worker posts once when the data is loaded; one that fails holds nothing up. */
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
