import type { ArticleRecord, PaperboyDatabase } from '../db/db';
import type { ArticleSummary } from '../model/types';

/**
 * Stores summaries without losing what is known beyond them: a stored body, its related
 * posts and the reading time stay. A summary newer than the stored body marks the body
 * stale (refreshed when next opened online) but never removes it. Call inside a transaction.
 */
export async function mergeSummaries(
  db: PaperboyDatabase,
  summaries: ArticleSummary[],
): Promise<void> {
  if (summaries.length === 0) return;
  const existing = await db.articles.bulkGet(summaries.map((summary) => summary.slug));
  const merged = summaries.map((summary, index): ArticleRecord => {
    const stored = existing[index];
    if (!stored) return summary;
    const changed = (summary.updated ?? summary.published) !== (stored.updated ?? stored.published);
    return {
      ...stored,
      ...summary,
      ...(stored.fetchedAt && changed ? { fetchedAt: 0 } : {}),
      minutes: summary.minutes ?? stored.minutes,
    };
  });
  await db.articles.bulkPut(merged);
}
