import type { DrawnPage } from '../../caches/kept-pages';

/**
 * The page as the app drew it in #app, to keep for the article (src/caches/kept-pages.ts),
 * without what only fits this moment: notices and toasts are marked `data-transient`.
 * Undefined while a kept page is still showing in place of the app
 * (src/pwa/kept-page.ts).
 */
export function drawnPage(root = document.getElementById('app')): DrawnPage | undefined {
  if (!root || root.hasAttribute('data-booting')) return undefined;
  const copy = root.cloneNode(true) as HTMLElement;
  for (const passing of copy.querySelectorAll('[data-transient]')) passing.remove();
  return {
    title: document.title,
    lang: document.documentElement.lang || 'en',
    markup: copy.innerHTML,
  };
}
