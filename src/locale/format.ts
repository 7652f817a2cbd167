const dateFormats = new Map<string, Intl.DateTimeFormat>();

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

// Made on first use: a page's first formatter loads the locale data (see warmup.ts).
let relativeFormat: Intl.RelativeTimeFormat | undefined;
const relative = () =>
  (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));

export function formatUpdated(at: number, now: number = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'Updated just now';
  if (abs < 3600) return `Updated ${relative().format(Math.round(seconds / 60), 'minute')}`;
  if (abs < 86_400) return `Updated ${relative().format(Math.round(seconds / 3600), 'hour')}`;
  return `Updated ${relative().format(Math.round(seconds / 86_400), 'day')}`;
}
