import type { ArticleRecord } from '../db/db';
import type { Article, ArticleSummary } from '../model/types';
import { mergeStoredSummary } from './summaries';

// No database here: a first visit's preview shares it without loading the writer's storage code.

/** Full articles whole (a record is only what the blog says); `related` merged with `existing`. */
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

/** One entry per slug (the last copy wins), and related summaries not in the batch, each once. */
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
