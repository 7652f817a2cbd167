import type { ArticleRecordLike } from './types';
import { isHttpOrRelative, resolveHref } from './urls';

// Not parsed as a document: that would be a Trusted Types sink and need the sanitizer on every
// list. A missed URL only changes which pictures are cached.
const imgSrc = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** Every picture an article shows, its hero and those in its body, as absolute http(s) URLs. */
export function articleImageUrls(article: ArticleRecordLike): string[] {
  const urls = new Set<string>();
  if (article.image) urls.add(article.image.src);
  for (const match of article.html?.matchAll(imgSrc) ?? []) {
    const src = decodeAttribute((match[1] ?? match[2] ?? match[3] ?? '').trim());
    if (src && isHttpOrRelative(src)) urls.add(resolveHref(src, article.href));
  }
  return [...urls];
}
