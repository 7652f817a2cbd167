import type { ArticleRecordLike } from './types';
import { isHttpOrRelative, resolveHref } from './urls';

/**
 * Every picture an article shows: its hero and the images in its body, as absolute http(s)
 * URLs. The body is parsed inertly (DOMParser runs no script and loads nothing); this only
 * reads attributes, it never renders.
 */
export function articleImageUrls(article: ArticleRecordLike): string[] {
  const urls = new Set<string>();
  if (article.image) urls.add(article.image.src);
  if (article.html && typeof DOMParser !== 'undefined') {
    const doc = new DOMParser().parseFromString(article.html, 'text/html');
    for (const img of doc.querySelectorAll('img[src]')) {
      const src = img.getAttribute('src') ?? '';
      if (isHttpOrRelative(src)) urls.add(resolveHref(src, article.href));
    }
  }
  return [...urls];
}
