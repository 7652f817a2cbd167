import { articleSlugPattern, sectionSlugPattern } from '../slugs';
import type { FeedItem } from './feed';

/** Lowercase ASCII words joined by hyphens; empty when nothing of the text is Latin. */
function words(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}

/**
 * An item's slug, the same on every download: words from its link (or title) and a hash of
 * its id, so two items never share one.
 */
export function itemSlug(item: Pick<FeedItem, 'id' | 'url' | 'title'>): string {
  let fromLink = '';
  if (item.url) {
    const segments = new URL(item.url).pathname.split('/').filter(Boolean);
    fromLink = words((segments.at(-1) ?? '').replace(/\.[a-z0-9]{1,5}$/i, ''));
  }
  const base = (fromLink || words(item.title ?? '') || 'item').slice(0, 80).replace(/-+$/, '');
  const slug = `${base}-${hash(item.id)}`;
  return articleSlugPattern.test(slug) ? slug : `item-${hash(item.id)}`;
}

/** A tag's section slug; tags in other scripts get one from their hash. */
export function tagSlug(tag: string): string {
  const slug = words(tag).slice(0, 60).replace(/-+$/, '');
  return slug && sectionSlugPattern.test(slug) ? slug : `tag-${hash(tag.trim().toLowerCase())}`;
}
