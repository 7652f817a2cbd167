import type { ArticleRecord } from '../db/db';
import type { Article, ArticleSummary } from '../model/types';
import { mergeStoredSummary } from './summaries';

// What a batch of full articles is stored as, apart from any database: shared by the writer
// (ingest.ts) and a first visit's preview (preview.ts), which loads before the first list
// and so must not bring the writer's storage code with it.

/**
 * What a batch writes: every full article, whole (a record holds only what the blog says,
 * so what was stored under its slug needs no reading), and, merged like mergeSummaries
 * does, every related summary that is not itself a full article of the batch.
 * `existing` holds what is stored under the slugs of `related`, in order.
 */
export function mergeBatch(
  articles: Article[],
  related: ArticleSummary[],
  existing: (ArticleRecord | undefined)[],
  fetchedAt: number,
): { full: ArticleRecord[]; records: ArticleRecord[] } {
  const full = articles.map((article): ArticleRecord => ({ ...article, fetchedAt }));
  const summaries = related.map((summary, index) => mergeStoredSummary(summary, existing[index]));
  return { full, records: summaries.length === 0 ? full : [...full, ...summaries] };
}

/**
 * The batch as it is stored: one entry per slug (the last copy of an article that comes
 * twice), and the related summaries that are not full articles of the batch, each once.
 */
export function batchOf(articles: Article[]): { articles: Article[]; related: ArticleSummary[] } {
  const bySlug = new Map<string, Article>();
  for (const article of articles) bySlug.set(article.slug, article);
  const unique = bySlug.size === articles.length ? articles : [...bySlug.values()];
  const related = new Map<string, ArticleSummary>();
  for (const article of unique) {
    for (const summary of article.related) {
      if (!bySlug.has(summary.slug) && !related.has(summary.slug)) {
        related.set(summary.slug, summary);
      }
    }
  }
  return { articles: unique, related: [...related.values()] };
}
