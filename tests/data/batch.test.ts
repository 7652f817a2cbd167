import { describe, expect, it } from 'vitest';
import { batchOf, mergeBatch } from '../../src/data/batch';
import type { ArticleRecord } from '../../src/db/db';
import { parseArticle } from '../../src/model/article';
import type { Article } from '../../src/model/types';
import { articleUrl, doc, rawArticle, rawSummary } from '../factories';

const article = (slug: string, overrides: Record<string, unknown> = {}): Article =>
  parseArticle(doc(articleUrl(slug), rawArticle(slug, overrides)));

describe('batchOf', () => {
  it('keeps one copy of each article, the last, and each related summary once', () => {
    const first = article('a', { title: 'First copy' });
    const last = article('a', { title: 'Last copy', related: [rawSummary('c')] });
    const other = article('b', { related: [rawSummary('a'), rawSummary('c'), rawSummary('d')] });
    const batch = batchOf([first, other, last]);
    expect(batch.articles.map((entry) => [entry.slug, entry.title])).toEqual([
      ['a', 'Last copy'],
      ['b', other.title],
    ]);
    // 'a' is a full article of the batch: its summary is not stored over it.
    expect(batch.related.map((summary) => summary.slug)).toEqual(['c', 'd']);
  });
});

describe('mergeBatch', () => {
  it("keeps the reader's fields of a stored article and never a related summary over a body", () => {
    const full = article('a', { related: [rawSummary('b')] });
    const { related } = batchOf([full]);
    const storedA: ArticleRecord = { ...article('a'), readAt: 5, fetchedAt: 1 };
    const storedB: ArticleRecord = { ...article('b'), fetchedAt: 1 };
    const { full: written, records } = mergeBatch([full], related, [storedA, storedB], 99);
    expect(written).toEqual([{ ...full, readAt: 5, fetchedAt: 99 }]);
    const b = records.find((record) => record.slug === 'b');
    expect(b?.html).toBe(storedB.html);
    expect(b?.fetchedAt).toBe(1);
  });

  it('does not carry over fields of a stored record that is damaged', () => {
    const full = article('a');
    const damaged = { slug: 'a', readAt: 5 } as unknown as ArticleRecord;
    const { full: written } = mergeBatch([full], [], [damaged], 7);
    expect(written).toEqual([{ ...full, fetchedAt: 7 }]);
  });
});
