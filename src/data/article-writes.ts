import type { ArticleRecord, PaperboyDatabase } from '../db/db';
import { relatedTerms } from '../model/related';
import type { ArticleSummary } from '../model/types';
import { mergeStoredSummary } from './summaries';

/**
 * Every article write: the records, their related-post terms and a mark for the search index.
 * Call inside a transaction over articles, terms and reindex.
 */
export async function putArticles(db: PaperboyDatabase, records: ArticleRecord[]): Promise<void> {
  if (records.length === 0) return;
  // Asked together: each wait for the database is a round trip.
  await Promise.all([
    db.articles.bulkPut(records),
    db.terms.bulkPut(records.map(relatedTerms)),
    markForSearch(
      db,
      records.map(({ slug }) => slug),
    ),
  ]);
}

/** One row for a whole write, not one an article: each record put has its cost. */
export async function markForSearch(db: PaperboyDatabase, slugs: string[]): Promise<void> {
  if (slugs.length > 0) await db.reindex.add({ key: crypto.randomUUID(), slugs });
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
