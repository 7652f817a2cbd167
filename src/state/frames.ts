/**
 * Resolves after the next frame has been drawn: where the page draws frames. A background
 * tab draws none, so a timer stands in.
 */
export const nextFrame = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });
