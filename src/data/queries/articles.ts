import type { ArticleRecord, ReadRecord, SavedRecord } from '../../db/db';
import { isUsableArticle } from '../../model/stored';
import type { ReadContext } from '../context';

/** The stored article, unless the record is damaged (then it is fetched again). */
export async function readArticle(
  ctx: ReadContext,
  slug: string,
): Promise<ArticleRecord | undefined> {
  const record = await ctx.store.get<ArticleRecord>('articles', slug);
  return isUsableArticle(record) ? record : undefined;
}

export function readArticles(
  ctx: ReadContext,
  slugs: string[],
): Promise<(ArticleRecord | undefined)[]> {
  return ctx.store.getMany<ArticleRecord>('articles', slugs);
}

/** The most recently read articles whose text is still stored, most recent first. */
export async function readRecentlyRead(ctx: ReadContext, limit: number): Promise<ArticleRecord[]> {
  const reads = await ctx.store.all<ReadRecord>('reads', { index: 'readAt', reverse: true, limit });
  const records = await readArticles(
    ctx,
    reads.map((entry) => entry.slug),
  );
  return records.filter(
    (record): record is ArticleRecord => isUsableArticle(record) && record.html !== undefined,
  );
}

export async function readSavedSlugs(ctx: ReadContext): Promise<Set<string>> {
  return new Set((await ctx.store.keys('saved')) as string[]);
}

export async function readSavedArticles(ctx: ReadContext): Promise<ArticleRecord[]> {
  const saved = await ctx.store.all<SavedRecord>('saved', { index: 'savedAt', reverse: true });
  const records = await readArticles(
    ctx,
    saved.map((entry) => entry.slug),
  );
  return records.filter((record): record is ArticleRecord => record !== undefined);
}
