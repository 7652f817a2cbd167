import type { ArticleRecord } from '../db/db';
import type { Article } from '../model/types';
import { writeWithRoom, type DataContext } from './context';
import { batchOf, mergeBatch } from './batch';
import { askedArticle } from './records';
import { putArticles } from './article-writes';
import { makeRoom } from './storage';

/** Per transaction, at most: each commit has a fixed cost, so a download writes in big batches. */
export const ingestBatchSize = 100;

/** A batch stops taking fetches after filling this long, so slow downloads still show progress. */
export const ingestFlushMs = 250;

export const ingestConcurrency = 2;

/** Fetches and validates one article, refusing a document that is not the one asked for. */
export async function fetchArticle(
  ctx: DataContext,
  slug: string,
  url: string,
  signal?: AbortSignal,
): Promise<Article> {
  return askedArticle(await ctx.blog.article(url, slug, signal), slug, url);
}

/** In order, up to the first failure; after it, an abort or `until`, no new fetch starts. */
export async function fetchArticles(
  ctx: DataContext,
  wanted: { slug: string; url: string }[],
  signal?: AbortSignal,
  until = Infinity,
): Promise<{ articles: Article[]; error?: unknown }> {
  const results: Article[] = [];
  let failedAt = wanted.length;
  let failure: unknown;
  let next = 0;
  const worker = async () => {
    // The first fetch always starts, so a batch is never empty for lack of time.
    while (next < wanted.length && next < failedAt && (next === 0 || ctx.now() < until)) {
      const index = next;
      next += 1;
      const { slug, url } = wanted[index] as { slug: string; url: string };
      try {
        signal?.throwIfAborted();
        results[index] = await fetchArticle(ctx, slug, url, signal);
      } catch (error) {
        if (index < failedAt) {
          failedAt = index;
          failure = error;
        }
      }
    }
  };
  const workers = Math.min(ingestConcurrency, wanted.length);
  await Promise.all(Array.from({ length: workers }, worker));
  // Fetches start in order and all started ones have finished: `next` of them are here.
  const articles = results.slice(0, Math.min(failedAt, next));
  return failedAt < wanted.length ? { articles, error: failure } : { articles };
}

export interface IngestProgress {
  section: string;
  done: number;
}

/** Articles, their related summaries and a download's progress, in ONE transaction. */
export async function storeArticles(
  ctx: DataContext,
  articles: Article[],
  progress?: IngestProgress,
): Promise<ArticleRecord[]> {
  if (articles.length === 0 && !progress) return [];
  const { db } = ctx;
  const batch = batchOf(articles);
  const write = () =>
    db.transaction('rw', [db.articles, db.terms, db.reindex, db.downloads], async () => {
      const fetchedAt = ctx.now();
      const slugs = batch.related.map((summary) => summary.slug);
      const existing = slugs.length === 0 ? [] : await db.articles.bulkGet(slugs);
      const { full, records } = mergeBatch(batch.articles, batch.related, existing, fetchedAt);
      await putArticles(db, records);
      if (progress) {
        await db.downloads.update(progress.section, {
          done: progress.done,
          updatedAt: fetchedAt,
        });
      }
      return full;
    });
  const url = articles[0]?.href ?? '';
  const stored = await writeWithRoom(url, write, () => makeRoom(ctx));
  if (stored.length === articles.length) return stored;
  const bySlug = new Map(stored.map((record) => [record.slug, record]));
  return articles.map((article) => bySlug.get(article.slug) as ArticleRecord);
}
