import { describe, expect, it } from 'vitest';
import { describeImport, type ImportSummary } from '../../../src/model/exchange/summary';

const summary = (counts: Partial<ImportSummary> = {}): ImportSummary => ({
  saved: { added: 0, existing: 0 },
  history: { added: 0, existing: 0 },
  queue: { added: 0, existing: 0 },
  settings: false,
  ...counts,
});

describe('describeImport', () => {
  it('counts what came in and what was already here', () => {
    expect(
      describeImport(
        summary({ saved: { added: 12, existing: 1 }, history: { added: 40, existing: 2 } }),
      ),
    ).toBe('Imported 12 saved articles and 40 history entries; 3 were already here.');
    expect(
      describeImport(
        summary({
          saved: { added: 1, existing: 0 },
          queue: { added: 1, existing: 0 },
          settings: true,
        }),
      ),
    ).toBe('Imported 1 saved article, 1 queued article and the storage setting.');
  });

  it('says when nothing was new, or there was nothing at all', () => {
    expect(describeImport(summary({ history: { added: 0, existing: 4 } }))).toBe(
      'Nothing new to import: all 4 entries were already here.',
    );
    expect(describeImport(summary({ saved: { added: 0, existing: 1 } }))).toBe(
      'Nothing new to import: its one entry was already here.',
    );
    expect(describeImport(summary())).toMatch(/nothing to import/);
  });
});
