const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's own locale, e.g. "26 November 2026" or "November 26, 2026". */
export function formatDate(iso: string, locale?: string): string {
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
