import type { ArticleRecord, ReadRecord, SavedRecord } from '../../db/db';
import { leftPartWay } from '../../model/position';
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

/** Where the reader left an article, from 0 to 1; undefined where it was never scrolled. */
export async function readReadingPosition(
  ctx: ReadContext,
  slug: string,
): Promise<number | undefined> {
  return (await ctx.store.get<ReadRecord>('reads', slug))?.position;
}

/** Articles left part-way, most recently read first, with how far each was read. */
export async function readContinueReading(
  ctx: ReadContext,
  limit: number,
): Promise<{ article: ArticleRecord; position: number }[]> {
  const reads = await ctx.store.all<ReadRecord>('reads', { index: 'readAt', reverse: true });
  const partWay = reads.filter((entry) => leftPartWay(entry.position)).slice(0, limit);
  const records = await readArticles(
    ctx,
    partWay.map((entry) => entry.slug),
  );
  return records.flatMap((article, index) =>
    isUsableArticle(article) ? [{ article, position: partWay[index]?.position ?? 0 }] : [],
  );
}

export async function readReadSlugs(ctx: ReadContext): Promise<Set<string>> {
  return new Set((await ctx.store.keys('reads')) as string[]);
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
