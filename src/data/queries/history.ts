import type { ArticleRecord, ReadRecord } from '../../db/db';
import { isUsableArticle } from '../../model/stored';
import type { ReadContext } from '../context';
import { readArticles } from './articles';

export interface HistoryEntry {
  slug: string;
  title: string;
  section?: string;
  readAt: number;
  /** How far it was read, from 0 to 1, where the reader scrolled it. */
  position?: number;
  /** Its text is on this device: it opens without a connection. */
  stored: boolean;
}

/** Every article read, most recently first; named by its stored copy, else as it was when read. */
export async function readHistory(ctx: ReadContext): Promise<HistoryEntry[]> {
  const reads = await ctx.store.all<ReadRecord>('reads', { index: 'readAt', reverse: true });
  const records = await readArticles(
    ctx,
    reads.map((entry) => entry.slug),
  );
  return reads.map((read, index) => {
    const record = records[index];
    const article: ArticleRecord | undefined = isUsableArticle(record) ? record : undefined;
    const section = article?.section ?? read.section;
    return {
      slug: read.slug,
      title: article?.title ?? read.title ?? read.slug,
      ...(section ? { section } : {}),
      readAt: read.readAt,
      ...(read.position !== undefined ? { position: read.position } : {}),
      stored: article?.html !== undefined,
    };
  });
}
