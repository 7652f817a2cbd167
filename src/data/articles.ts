import type { ArticleRecord } from '../db/db';
import { articleUrl } from '../model/site';
import type { Article } from '../model/types';
import { needsFetch, once, type DataContext, type SyncOptions } from './context';
import { storeArticles } from './ingest';
import { readArticle } from './queries/articles';
import { askedArticle } from './records';
import { syncSite } from './site';
import { enforceArticleBudget } from './storage';

export async function syncArticle(
  ctx: DataContext,
  slug: string,
  options: SyncOptions = {},
): Promise<ArticleRecord> {
  const stored = await readArticle(ctx, slug);
  if (stored?.html !== undefined && !needsFetch(ctx, stored.fetchedAt, options)) return stored;
  return once(ctx, `article:${slug}`, async () => {
    const url = stored?.href ?? articleUrl(await syncSite(ctx), slug);
    const article = askedArticle(await ctx.blog.article(url, slug), slug, url);
    return storeArticle(ctx, article);
  });
}

export async function storeArticle(ctx: DataContext, article: Article): Promise<ArticleRecord> {
  const [record] = (await storeArticles(ctx, [article])) as [ArticleRecord];
  await enforceArticleBudget(ctx);
  return record;
}

/** For the history, and the storage policy, which evicts the least recently read; how far it was read stays. */
export async function markRead(ctx: DataContext, slug: string): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.reads, db.articles, async () => {
    const [read, article] = await Promise.all([db.reads.get(slug), db.articles.get(slug)]);
    const named = article ? { title: article.title, section: article.section } : {};
    await db.reads.put({ ...read, slug, readAt: ctx.now(), ...named });
  });
}

/** How far down the article the reader is, from 0 to 1: reading it is reading it now. */
export async function keepReadingPosition(
  ctx: DataContext,
  slug: string,
  position: number,
): Promise<void> {
  if (!Number.isFinite(position)) return;
  const clamped = Math.min(1, Math.max(0, position));
  const { db } = ctx;
  await db.transaction('rw', db.reads, async () => {
    const read = await db.reads.get(slug);
    await db.reads.put({ ...read, slug, readAt: ctx.now(), position: clamped });
  });
}

export async function removeFromHistory(ctx: DataContext, slug: string): Promise<void> {
  await ctx.db.reads.delete(slug);
}

/** Every article read and how far: the storage policy then goes by when each was fetched. */
export async function clearHistory(ctx: DataContext): Promise<void> {
  await ctx.db.reads.clear();
}
