import { formatDay } from '../../locale/days';

export interface Day<T> {
  label: string;
  entries: T[];
}

/** Entries newest first, grouped by the day they were read, in the reader's time zone. */
export function byDay<T extends { readAt: number }>(entries: readonly T[], now: number): Day<T>[] {
  const days: Day<T>[] = [];
  for (const entry of entries) {
    const label = formatDay(entry.readAt, now, 'en');
    const last = days.at(-1);
    if (last?.label === label) last.entries.push(entry);
    else days.push({ label, entries: [entry] });
  }
  return days;
}
