import { articleImageUrls } from '../model/images';
import { syncArticle } from './articles';
import type { DataContext } from './context';
import { requestPersistenceOnce } from './storage';

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
  const stillSaved = await db.articles.bulkGet(await db.saved.toCollection().primaryKeys());
  const needed = new Set(stillSaved.flatMap((other) => (other ? articleImageUrls(other) : [])));
  await ctx.images.release(articleImageUrls(article).filter((url) => !needed.has(url)));
}
