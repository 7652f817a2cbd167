import type { ArticleRecord, DownloadRecord, MetaRecord } from '../../db/db';
import type { ReadContext } from '../context';

export const defaultArticleBudget = 300;

export interface StorageReport {
  usage?: number;
  quota?: number;
  persisted: boolean;
  articles: number;
  saved: number;
}

export async function readMeta<T>(ctx: ReadContext, key: string, fallback: T): Promise<T> {
  const record = await ctx.store.get<MetaRecord>('meta', key);
  return record === undefined ? fallback : (record.value as T);
}

export function readArticleBudget(ctx: ReadContext): Promise<number> {
  return readMeta(ctx, 'articleBudget', defaultArticleBudget);
}

export async function readStorageReport(ctx: ReadContext): Promise<StorageReport> {
  const [estimate, persisted, articles, saved] = await Promise.all([
    ctx.storage?.estimate().catch(() => undefined),
    ctx.storage?.persisted().catch(() => false) ?? false,
    ctx.store.countWhere<ArticleRecord>('articles', (article) => article.html !== undefined),
    ctx.store.count('saved'),
  ]);
  return {
    ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}),
    ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}),
    persisted,
    articles,
    saved,
  };
}

export function readDownloads(ctx: ReadContext): Promise<DownloadRecord[]> {
  return ctx.store.all<DownloadRecord>('downloads');
}

export function readDownload(
  ctx: ReadContext,
  section: string,
): Promise<DownloadRecord | undefined> {
  return ctx.store.get<DownloadRecord>('downloads', section);
}
