import type { ArticleRecord } from '../db/db';
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
