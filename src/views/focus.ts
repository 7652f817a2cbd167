/** Moves focus to the view's heading, so the keyboard goes on from the top (it takes no tab stop). */
export function focusHeading(options?: FocusOptions): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus(options);
}
