import type { DrawnPage } from '../../caches/kept-pages';

/** The page in #app without `data-transient` notices; undefined while a kept page still shows. */
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
