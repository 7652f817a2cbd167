import type { ArticleRecord } from '../db/db';
import { markForSearch } from './article-writes';
import type { DataContext } from './context';
import { defaultArticleBudget, readMeta } from './queries/storage';

export async function setArticleBudget(ctx: DataContext, budget: number): Promise<void> {
  await ctx.db.meta.put({ key: 'articleBudget', value: budget });
  await enforceArticleBudget(ctx);
}

async function storedBudget(db: DataContext['db']): Promise<number> {
  const setting = await db.meta.get('articleBudget');
  return (setting?.value as number | undefined) ?? defaultArticleBudget;
}

/** Whether more articles are stored than the budget keeps bodies of. In a transaction over articles and meta. */
export async function overArticleBudget(db: DataContext['db']): Promise<boolean> {
  const [budget, count] = await Promise.all([storedBudget(db), db.articles.count()]);
  return count > budget;
}

/** Beyond the budget, least recently read bodies go (summaries stay); never saved or downloaded. */
export async function enforceArticleBudget(
  ctx: DataContext,
  /** Keep at most this share of what is stored now (to make room when the device is full). */
  shrinkTo?: number,
): Promise<number> {
  const { db } = ctx;
  const evicted = await db.transaction(
    'rw',
    [db.articles, db.saved, db.meta, db.downloads, db.reads, db.reindex],
    async () => {
      let budget = await storedBudget(db);
      // Bodies are at most all records: counting those is cheap, reading the bodies is not.
      if (shrinkTo === undefined && (await db.articles.count()) <= budget) return [];
      const saved = new Set(await db.saved.toCollection().primaryKeys());
      // Sections the reader downloaded stay whole, as asked; removing the download frees them.
      const downloaded = new Set(await db.downloads.toCollection().primaryKeys());
      const stored = await db.articles.filter((article) => article.html !== undefined).toArray();
      if (shrinkTo !== undefined) budget = Math.min(budget, Math.floor(stored.length * shrinkTo));
      const excess = stored.length - budget;
      if (excess <= 0) return [];
      // Read marks only once something must go: this runs after every article stored.
      const readAt = new Map((await db.reads.toArray()).map((read) => [read.slug, read.readAt]));
      const lastUse = (article: ArticleRecord) =>
        readAt.get(article.slug) ?? article.fetchedAt ?? 0;
      const evictable = stored
        .filter((article) => !saved.has(article.slug) && !downloaded.has(article.section))
        .sort((a, b) => lastUse(a) - lastUse(b))
        .slice(0, excess);
      for (const article of evictable) {
        await db.articles.update(article.slug, {
          html: undefined,
          related: undefined,
          fetchedAt: undefined,
        });
      }
      // Its summary stays findable; its body's words leave the index.
      await markForSearch(
        db,
        evictable.map((article) => article.slug),
      );
      return evictable.map((article) => article.slug);
    },
  );
  if (evicted.length > 0) await ctx.keptPages.forget(evicted);
  return evicted.length;
}

/** Asks the browser once to keep this site's storage (the first time something is saved). */
export async function requestPersistenceOnce(ctx: DataContext): Promise<boolean> {
  if (!ctx.storage) return false;
  if (await readMeta(ctx, 'persistenceAsked', false)) return ctx.storage.persisted();
  await ctx.db.meta.put({ key: 'persistenceAsked', value: true });
  return ctx.storage.persist();
}

/**
 * All but saved articles; the site and its sections stay, so the app still opens, and the
 * history with its reading positions, unless `history` is asked for too.
 */
export async function clearOfflineData(
  ctx: DataContext,
  options: { history?: boolean } = {},
): Promise<void> {
  const { db } = ctx;
  await db.transaction(
    'rw',
    [db.pages, db.articles, db.terms, db.saved, db.downloads, db.reads, db.search, db.reindex],
    async () => {
      const saved = await db.saved.toCollection().primaryKeys();
      await db.pages.clear();
      await db.downloads.clear();
      const removed = await db.articles.where('slug').noneOf(saved).primaryKeys();
      await db.articles.bulkDelete(removed);
      await db.terms.where('slug').noneOf(saved).delete();
      // Without a snapshot, the next search indexes what is left: the saved articles. The
      // mark tells an index already loaded (in another tab too) what went.
      await db.search.clear();
      await markForSearch(db, removed);
      if (options.history) await db.reads.clear();
    },
  );
  await Promise.all([ctx.images.clear(), ctx.keptPages.clear()]);
}

/** When the device is full: fewer bodies than are stored now, least recently read first. */
export const makeRoom = (ctx: DataContext) => enforceArticleBudget(ctx, 0.75);
