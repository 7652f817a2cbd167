/** Watch from the worker's start: the error fires once, maybe before the code that talks to it. */
export function loadFailure(worker: Worker): Promise<false> {
  return new Promise<false>((resolve) => {
    worker.addEventListener('error', () => resolve(false), { once: true });
  });
}
