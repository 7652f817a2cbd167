import { describe, expect, it } from 'vitest';
import { formatDate, formatUpdated } from '../../../src/components/format';
import { warmLocaleData } from '../../../src/data/worker/locale-warmup';

describe('warmLocaleData', () => {
  it('sets up locale data without changing how dates read', () => {
    const now = Date.UTC(2026, 10, 30, 12, 0, 0);
    const before = [
      formatDate('2026-11-26T18:30:00Z', 'en-GB'),
      formatUpdated(now - 3_600_000, now),
    ];
    warmLocaleData();
    expect([
      formatDate('2026-11-26T18:30:00Z', 'en-GB'),
      formatUpdated(now - 3_600_000, now),
    ]).toEqual(before);
  });
});
