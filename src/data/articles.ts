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

/** For the storage policy, which evicts the least recently read; how far it was read stays. */
export async function markRead(ctx: DataContext, slug: string): Promise<void> {
  await ctx.db.reads.upsert(slug, { readAt: ctx.now() });
}

/** How far down the article the reader is, from 0 to 1: reading it is reading it now. */
export async function keepReadingPosition(
  ctx: DataContext,
  slug: string,
  position: number,
): Promise<void> {
  if (!Number.isFinite(position)) return;
  const clamped = Math.min(1, Math.max(0, position));
  await ctx.db.reads.put({ slug, readAt: ctx.now(), position: clamped });
}
