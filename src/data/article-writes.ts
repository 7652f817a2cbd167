import type { ArticleRecord, PaperboyDatabase } from '../db/db';
import { relatedTerms } from '../model/related';
import type { ArticleSummary } from '../model/types';
import { mergeStoredSummary } from './summaries';

/** Every article write: the records and their related-post terms. Call inside a transaction over both. */
export async function putArticles(db: PaperboyDatabase, records: ArticleRecord[]): Promise<void> {
  if (records.length === 0) return;
  const terms = records.map(relatedTerms);
  // A terms record's key holds its date: an article whose date changed leaves its old one behind.
  const current = new Set(terms.map((record) => `${record.time} ${record.slug}`));
  const held = await db.terms
    .where('slug')
    .anyOf(records.map((record) => record.slug))
    .primaryKeys();
  const stale = held.filter(([time, slug]) => !current.has(`${time} ${slug}`));
  await db.articles.bulkPut(records);
  await db.terms.bulkPut(terms);
  if (stale.length > 0) await db.terms.bulkDelete(stale);
}

/** Stores summaries by the rules of mergeStoredSummary. Call inside a transaction. */
export async function mergeSummaries(
  db: PaperboyDatabase,
  summaries: ArticleSummary[],
): Promise<void> {
  if (summaries.length === 0) return;
  const existing = await db.articles.bulkGet(summaries.map((summary) => summary.slug));
  await putArticles(
    db,
    summaries.map((summary, index) => mergeStoredSummary(summary, existing[index])),
  );
}
