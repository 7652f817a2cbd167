import type { ArticleRecord, QueueRecord, ReadRecord } from '../../db/db';
import type { ReadContext } from '../context';

export interface QueuedArticle {
  slug: string;
  title: string;
  section?: string;
  queuedAt: number;
}

/** The articles waiting for a connection, oldest first, named from any record that knows them. */
export async function readQueue(ctx: ReadContext): Promise<QueuedArticle[]> {
  const queue = await ctx.store.all<QueueRecord>('queue', { index: 'queuedAt' });
  const slugs = queue.map((entry) => entry.slug);
  const [articles, reads] = await Promise.all([
    ctx.store.getMany<ArticleRecord>('articles', slugs),
    ctx.store.getMany<ReadRecord>('reads', slugs),
  ]);
  return queue.map(({ slug, queuedAt, title, section }, index) => {
    const article = articles[index];
    const named = title ?? article?.title ?? reads[index]?.title;
    const where = section ?? article?.section ?? reads[index]?.section;
    return {
      slug,
      queuedAt,
      title: named ?? slug,
      ...(where === undefined ? {} : { section: where }),
    };
  });
}
