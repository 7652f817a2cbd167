import type { ArticleRecord } from '../db/db';
import { parseArticle } from '../model/article';
import { articleUrl } from '../model/site';
import { isUsableArticle } from '../model/stored';
import { ContentError } from '../sources/errors';
import { needsFetch, once, writeWithRoom, type DataContext, type SyncOptions } from './context';
import { readArticle } from './queries/articles';
import { syncSite } from './site';
import { enforceArticleBudget, makeRoom } from './storage';
import { mergeSummaries } from './summaries';

/** The full article: stored if fresh, else fetched and stored with its related posts in one transaction. */
export async function syncArticle(
  ctx: DataContext,
  slug: string,
  options: SyncOptions = {},
): Promise<ArticleRecord> {
  const stored = await readArticle(ctx, slug);
  if (stored?.html !== undefined && !needsFetch(ctx, stored.fetchedAt, options)) return stored;
  return once(ctx, `article:${slug}`, async () => {
    const url = stored?.href ?? articleUrl(await syncSite(ctx), slug);
    const article = parseArticle(await ctx.source.article(url));
    if (article.slug !== slug) {
      throw new ContentError(
        { kind: 'invalid', path: 'slug', problem: `is “${article.slug}”, not “${slug}”` },
        url,
      );
    }
    const { db } = ctx;
    const write = () =>
      db.transaction('rw', db.articles, async () => {
        const stored = await db.articles.get(slug);
        const current = isUsableArticle(stored) ? stored : undefined;
        const merged: ArticleRecord = { ...current, ...article, fetchedAt: ctx.now() };
        await db.articles.put(merged);
        await mergeSummaries(db, article.related);
        return merged;
      });
    const record = await writeWithRoom(url, write, () => makeRoom(ctx));
    await enforceArticleBudget(ctx);
    return record;
  });
}

/** Remembers when an article was last read (the storage policy will evict least recently read). */
export async function markRead(ctx: DataContext, slug: string): Promise<void> {
  await ctx.db.articles.update(slug, { readAt: ctx.now() });
}
