import type { DownloadRecord } from '../db/db';
import { describeProblem } from '../model/errors';
import { articleImageUrls } from '../model/images';
import { articleUrl } from '../model/site';
import { isUsableArticle } from '../model/stored';
import type { Site } from '../model/types';
import type { DataContext } from './context';
import { fetchArticles, ingestBatchSize, ingestFlushMs, storeArticles } from './ingest';
import { syncSectionPage } from './sections';
import { syncSite } from './site';
import { enforceArticleBudget } from './storage';

export interface DownloadEstimate {
  pages: number;
  /** About how many articles: page 1's count times the number of pages. */
  articles: number;
}

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

/** Resumable, as what is stored is skipped; a fetch failure pauses the download and is rethrown. */
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
  let storing: Promise<void> = Promise.resolve();
  try {
    // Pages first (small), so the total is exact before the articles start.
    const listed = new Set<string>();
    for (let page = 1, pages = 1; page <= pages; page += 1) {
      signal.throwIfAborted();
      const record = await syncSectionPage(ctx, section, page);
      pages = record.pages;
      for (const slug of record.slugs) listed.add(slug);
    }
    const slugs = [...listed];
    const stored = await ctx.db.articles.bulkGet(slugs);
    let done = stored.filter((article) => article?.html !== undefined).length;
    await progress(ctx, section, { total: slugs.length, done });
    let site: Site | undefined;
    const wanted: { slug: string; url: string }[] = [];
    for (const [index, slug] of slugs.entries()) {
      const record = stored[index];
      if (record?.html !== undefined) continue;
      // A list's summary says where the article lives; the site's template otherwise.
      if (isUsableArticle(record)) wanted.push({ slug, url: record.href });
      else wanted.push({ slug, url: articleUrl((site ??= await syncSite(ctx)), slug) });
    }
    // Each batch is stored, with the progress, while the next one is fetched.
    for (let start = 0; start < wanted.length;) {
      signal.throwIfAborted();
      const batch = wanted.slice(start, start + ingestBatchSize);
      const fetched = await fetchArticles(ctx, batch, signal, ctx.now() + ingestFlushMs);
      await storing;
      start += fetched.articles.length;
      if (fetched.articles.length > 0) {
        done += fetched.articles.length;
        storing = storeArticles(ctx, fetched.articles, { section, done }).then((records) => {
          for (const record of records) ctx.images.warm(articleImageUrls(record));
        });
        // Awaited before the next batch is stored; until then, not an unhandled rejection.
        storing.catch(() => {});
      }
      if ('error' in fetched) {
        await storing;
        throw fetched.error;
      }
    }
    await storing;
    await progress(ctx, section, { status: 'done', done: slugs.length, total: slugs.length });
  } catch (error) {
    // A batch still being stored finishes (or fails) before the download says it stopped.
    await storing.catch(() => {});
    if (signal.aborted) {
      await progress(ctx, section, { status: 'cancelled' });
    } else {
      await progress(ctx, section, {
        status: 'paused',
        problem: describeProblem(error, 'an article').title,
      });
    }
    await enforceArticleBudget(ctx).catch(() => 0);
    throw error;
  }
  // Once per download, not per article: the policy reads every stored body.
  await enforceArticleBudget(ctx);
}

export async function removeDownload(ctx: DataContext, section: string): Promise<void> {
  await ctx.db.downloads.delete(section);
}
