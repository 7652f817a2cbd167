import type { ArticleRecord, PaperboyDatabase } from '../db/db';
import { relatedTerms } from '../model/related';
import type { ArticleSummary } from '../model/types';
import { mergeStoredSummary } from './summaries';

/** Every article write: the records and their related-post terms. Call inside a transaction over both. */
export async function putArticles(db: PaperboyDatabase, records: ArticleRecord[]): Promise<void> {
  if (records.length === 0) return;
  // Asked together: each wait for the database is a round trip.
  await Promise.all([db.articles.bulkPut(records), db.terms.bulkPut(records.map(relatedTerms))]);
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
