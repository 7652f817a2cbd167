import type { DownloadRecord } from '../db/db';
import { describeProblem } from '../model/errors';
import { articleImageUrls } from '../model/images';
import { syncArticle } from './articles';
import type { DataContext } from './context';
import { syncSectionPage } from './sections';

export interface DownloadEstimate {
  pages: number;
  /** About how many articles: page 1's count times the number of pages. */
  articles: number;
}

/** Sizes a download before it starts, from the section's first page. */
export async function estimateDownload(
  ctx: DataContext,
  section: string,
): Promise<DownloadEstimate> {
  const first = await syncSectionPage(ctx, section, 1);
  return {
    pages: first.pages,
    articles: Math.max(first.slugs.length, first.slugs.length * first.pages),
  };
}

async function progress(ctx: DataContext, section: string, changes: Partial<DownloadRecord>) {
  await ctx.db.downloads.update(section, { ...changes, updatedAt: ctx.now() });
}

/**
 * Downloads every page of a section and every article in it, with their pictures. What is
 * already stored is skipped, so running it again resumes where it stopped (after a reload,
 * a lost connection or a cancel). Progress is written to the store as it goes. Stops with
 * the signal's reason when aborted; a fetch failure pauses the download and is rethrown.
 */
export async function runDownload(
  ctx: DataContext,
  section: string,
  signal: AbortSignal,
): Promise<void> {
  const existing = await ctx.db.downloads.get(section);
  const now = ctx.now();
  await ctx.db.downloads.put({
    section,
    status: 'running',
    total: existing?.total ?? 0,
    done: existing?.status === 'done' ? 0 : (existing?.done ?? 0),
    startedAt: existing?.startedAt ?? now,
    updatedAt: now,
  });
  try {
    // Pages first (small), so the total is exact before the articles start.
    const slugs: string[] = [];
    for (let page = 1, pages = 1; page <= pages; page += 1) {
      signal.throwIfAborted();
      const record = await syncSectionPage(ctx, section, page);
      pages = record.pages;
      slugs.push(...record.slugs.filter((slug) => !slugs.includes(slug)));
    }
    const stored = await ctx.db.articles.bulkGet(slugs);
    let done = stored.filter((article) => article?.html !== undefined).length;
    await progress(ctx, section, { total: slugs.length, done });
    for (const [index, slug] of slugs.entries()) {
      if (stored[index]?.html !== undefined) continue;
      signal.throwIfAborted();
      const article = await syncArticle(ctx, slug);
      ctx.images.warm(articleImageUrls(article));
      done += 1;
      await progress(ctx, section, { done });
    }
    await progress(ctx, section, { status: 'done', done: slugs.length, total: slugs.length });
  } catch (error) {
    if (signal.aborted) {
      await progress(ctx, section, { status: 'cancelled' });
    } else {
      await progress(ctx, section, {
        status: 'paused',
        problem: describeProblem(error, 'an article').title,
      });
    }
    throw error;
  }
}

/** Forgets a download: its articles fall back under the storage policy. */
export async function removeDownload(ctx: DataContext, section: string): Promise<void> {
  await ctx.db.downloads.delete(section);
}
