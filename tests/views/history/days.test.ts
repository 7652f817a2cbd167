import { describe, expect, it } from 'vitest';
import { byDay } from '../../../src/views/history/days';

describe('byDay', () => {
  it('groups entries read on the same day, keeping their order', () => {
    const now = new Date(2026, 11, 7, 18).getTime();
    const at = (day: number, hour: number) => new Date(2026, 11, day, hour).getTime();
    const entries = [
      { slug: 'c', readAt: at(7, 17) },
      { slug: 'b', readAt: at(7, 8) },
      { slug: 'a', readAt: at(6, 22) },
      { slug: 'z', readAt: at(1, 9) },
    ];
    expect(
      byDay(entries, now).map((day) => [day.label, day.entries.map((entry) => entry.slug)]),
    ).toEqual([
      ['Today', ['c', 'b']],
      ['Yesterday', ['a']],
      ['Tuesday, December 1', ['z']],
    ]);
  });
});
