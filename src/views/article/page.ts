/**
 * What the app drew in #app, to keep as the article's page (src/sources/kept-pages.ts), without
 * what only fits this moment: notices and toasts are marked `data-transient`. Undefined
 * while a kept page is still showing in place of the app (main.ts).
 */
export function drawnPage(root = document.getElementById('app')): string | undefined {
  if (!root || root.hasAttribute('data-booting')) return undefined;
  const copy = root.cloneNode(true) as HTMLElement;
  for (const passing of copy.querySelectorAll('[data-transient]')) passing.remove();
  return copy.innerHTML;
}

/** Runs `task` when the browser is idle (soon, where it cannot say); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
