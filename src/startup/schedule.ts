/**
 * Resolves after the next frame has been drawn: where the page draws frames. A background
 * tab draws none, so a timer stands in.
 */
export const nextFrame = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });

/** Resolves after `ms` milliseconds: the bound on a wait for something that may never come. */
export const delay = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `task` when the browser is idle (within 2 s); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
