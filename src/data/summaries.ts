import type { ArticleRecord, PaperboyDatabase } from '../db/db';
import type { ArticleSummary } from '../model/types';

/** Keeps the stored body, related posts and reading time; another date marks the body stale. */
export function mergeStoredSummary(
  summary: ArticleSummary,
  stored: ArticleRecord | undefined,
): ArticleRecord {
  if (!stored) return summary;
  const changed = (summary.updated ?? summary.published) !== (stored.updated ?? stored.published);
  return {
    ...stored,
    ...summary,
    ...(stored.fetchedAt && changed ? { fetchedAt: 0 } : {}),
    minutes: summary.minutes ?? stored.minutes,
  };
}

/** Stores summaries by the rules of mergeStoredSummary. Call inside a transaction. */
export async function mergeSummaries(
  db: PaperboyDatabase,
  summaries: ArticleSummary[],
): Promise<void> {
  if (summaries.length === 0) return;
  const existing = await db.articles.bulkGet(summaries.map((summary) => summary.slug));
  await db.articles.bulkPut(
    summaries.map((summary, index) => mergeStoredSummary(summary, existing[index])),
  );
}
