import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/locale/days';

const now = new Date(2026, 11, 7, 9, 30).getTime();

describe('formatDay', () => {
  it('says today and yesterday by the calendar, not by 24 hours', () => {
    expect(formatDay(new Date(2026, 11, 7, 0, 5).getTime(), now)).toBe('Today');
    expect(formatDay(new Date(2026, 11, 6, 23, 55).getTime(), now)).toBe('Yesterday');
  });

  it('names older days with their weekday, and the year only when it is another', () => {
    expect(formatDay(new Date(2026, 11, 3, 12).getTime(), now, 'en')).toBe('Thursday, December 3');
    expect(formatDay(new Date(2025, 10, 20, 12).getTime(), now, 'en')).toBe(
      'Thursday, November 20, 2025',
    );
  });
});
