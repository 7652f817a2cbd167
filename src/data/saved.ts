import type { ArticleRecord } from '../db/db';
import { articleImageUrls } from '../model/images';
import { syncArticle } from './articles';
import type { DataContext } from './context';
import { requestPersistenceOnce } from './storage';

export async function readSavedSlugs(ctx: DataContext): Promise<Set<string>> {
  return new Set(await ctx.db.saved.toCollection().primaryKeys());
}

/** Saved articles, most recently saved first. */
export async function readSavedArticles(ctx: DataContext): Promise<ArticleRecord[]> {
  const saved = await ctx.db.saved.orderBy('savedAt').reverse().toArray();
  const records = await ctx.db.articles.bulkGet(saved.map((entry) => entry.slug));
  return records.filter((record): record is ArticleRecord => record !== undefined);
}

/**
 * Saves an article for good: its full text is fetched if it is not stored yet, its pictures
 * are kept, and the browser is asked (once) to keep this site's storage.
 */
export async function saveArticle(ctx: DataContext, slug: string): Promise<void> {
  const article = await syncArticle(ctx, slug);
  await ctx.db.saved.put({ slug, savedAt: ctx.now() });
  await ctx.images.keep(articleImageUrls(article));
  await requestPersistenceOnce(ctx);
}

export async function unsaveArticle(ctx: DataContext, slug: string): Promise<void> {
  const { db } = ctx;
  await db.saved.delete(slug);
  const article = await db.articles.get(slug);
  if (!article) return;
  // A picture shared with another saved article stays kept.
  const stillSaved = await readSavedArticles(ctx);
  const needed = new Set(stillSaved.flatMap((other) => articleImageUrls(other)));
  await ctx.images.release(articleImageUrls(article).filter((url) => !needed.has(url)));
}

/** The most recently read articles whose text is stored: what there is to read offline. */
export async function readRecentlyRead(ctx: DataContext, limit: number): Promise<ArticleRecord[]> {
  return ctx.db.articles.orderBy('readAt').reverse().limit(limit).toArray();
}
