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
  it('writes each full article whole and never a related summary over a stored body', () => {
    const full = article('a', { related: [rawSummary('b'), rawSummary('c')] });
    const { related } = batchOf([full]);
    const storedB: ArticleRecord = { ...article('b'), fetchedAt: 1 };
    const { full: written, records } = mergeBatch([full], related, [storedB, undefined], 99);
    expect(written).toEqual([{ ...full, fetchedAt: 99 }]);
    const b = records.find((record) => record.slug === 'b');
    expect(b?.html).toBe(storedB.html);
    expect(b?.fetchedAt).toBe(1);
    expect(records.find((record) => record.slug === 'c')).toEqual(related[1]);
  });
});
