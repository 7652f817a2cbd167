import type { ArticleRecord, QueueRecord } from '../db/db';
import type { DataContext } from './context';

/** What the queue can show before the article arrives, where a list already named it. */
export type QueueHint = Pick<QueueRecord, 'title' | 'section'>;

/** A queued article now stored, named for the notice that says so. */
export interface Arrival {
  slug: string;
  title: string;
}

/** Asked for while offline: kept until it is stored, and queued once however often it is asked. */
export async function queueArticle(
  ctx: DataContext,
  slug: string,
  hint: QueueHint = {},
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.queue, db.articles, async () => {
    const [queued, article] = await Promise.all([db.queue.get(slug), db.articles.get(slug)]);
    const named = article ? { title: article.title, section: article.section } : hint;
    const defined = Object.entries(named).filter(([, value]) => value !== undefined);
    await db.queue.put({
      ...Object.fromEntries(defined),
      ...queued,
      slug,
      queuedAt: queued?.queuedAt ?? ctx.now(),
    });
  });
}

export async function unqueueArticle(ctx: DataContext, slug: string): Promise<void> {
  await ctx.db.queue.delete(slug);
}

/**
 * Fetches each queued article, oldest first, and lets go of those now stored; one that fails
 * stays queued for the next time. Returns those that arrived, for the notice.
 */
export async function fetchQueued(
  ctx: DataContext,
  // The writer's own syncArticle, handed in: imported here, it grew the worker's start.
  syncArticle: (slug: string) => Promise<ArticleRecord>,
): Promise<Arrival[]> {
  if (!ctx.online()) return [];
  const queued = await ctx.db.queue.orderBy('queuedAt').toArray();
  const arrived: Arrival[] = [];
  for (const { slug } of queued) {
    let record: ArticleRecord;
    try {
      record = await syncArticle(slug);
    } catch {
      // Still unreachable, or gone from the blog: the list shows it waiting, and it can be removed.
      continue;
    }
    if (record.html === undefined && !record.locked) continue;
    // Removed meanwhile, it was not asked for any more: no notice for it.
    if ((await ctx.db.queue.where('slug').equals(slug).delete()) > 0) {
      arrived.push({ slug, title: record.title });
    }
  }
  return arrived;
}
