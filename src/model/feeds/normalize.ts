import type { FeedItem } from './feed';

/** A feed's date (RFC 3339, or RFC 822 in RSS) as ISO 8601 in UTC; undefined when unreadable. */
export function feedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

export function feedLanguage(value: string | undefined): string {
  try {
    return value ? (Intl.getCanonicalLocales(value.trim())[0] ?? 'en') : 'en';
  } catch {
    return 'en';
  }
}

export function newestFirst(items: FeedItem[]): FeedItem[] {
  return items.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}
