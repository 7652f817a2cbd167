/**
 * Settles when a worker reports that its script failed to load or run. Watch from the
 * worker's start: the event fires once, and can come before the code that talks to the
 * worker has loaded.
 */
export function loadFailure(worker: Worker): Promise<false> {
  return new Promise<false>((resolve) => {
    worker.addEventListener('error', () => resolve(false), { once: true });
  });
}
