import { describe, expect, it } from 'vitest';
import { formatDate, formatReadingTime, formatUpdated } from '../../src/locale/format';

const now = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('format', () => {
  it('says how fresh stored content is, in words', () => {
    expect(formatUpdated(now - 20_000, now)).toBe('Updated just now');
    expect(formatUpdated(now - 5 * 60_000, now)).toBe('Updated 5 minutes ago');
    expect(formatUpdated(now - 3 * 3_600_000, now)).toBe('Updated 3 hours ago');
    expect(formatUpdated(now - 86_400_000, now)).toBe('Updated yesterday');
  });

  it('writes a date in the given locale', () => {
    expect(formatDate('2026-11-26T18:30:00Z', 'en-GB')).toBe('26 November 2026');
    expect(formatDate('2026-11-26T18:30:00Z', 'en-US')).toBe('November 26, 2026');
  });

  it('gives reading time in minutes', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
  });
});
