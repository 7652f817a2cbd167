import Dexie from 'dexie';
import type { PageRecord } from '../db/db';
import { ContentError } from '../sources/errors';
import type { SectionPage } from '../model/types';
import { needsFetch, once, writeWithRoom, type DataContext, type SyncOptions } from './context';
import { syncSite } from './site';
import { pageRecord } from './records';
import { mergeBatch } from './batch';
import { enforceArticleBudget, makeRoom, overArticleBudget } from './storage';
import { mergeSummaries, putArticles } from './article-writes';

async function pageUrl(ctx: DataContext, section: string, page: number): Promise<string> {
  if (page === 1) {
    const site = await syncSite(ctx);
    const entry = site.sections.find((candidate) => candidate.slug === section);
    if (!entry) throw new ContentError({ kind: 'http', status: 404 }, site.url);
    return entry.href;
  }
  const previous = await syncSectionPage(ctx, section, page - 1);
  if (!previous.next) throw new ContentError({ kind: 'http', status: 404 }, previous.url);
  return previous.next;
}

export async function syncSectionPage(
  ctx: DataContext,
  section: string,
  page: number,
  options: SyncOptions = {},
): Promise<PageRecord> {
  const stored = await ctx.db.pages.get([section, page]);
  if (stored && !needsFetch(ctx, stored.fetchedAt, options)) return stored;
  return once(ctx, `section:${section}:${page}`, async () => {
    const url = await pageUrl(ctx, section, page);
    const doc = await ctx.blog.sectionPage(url, { section, page });
    return storeSectionPage(ctx, doc, section, page, ctx.now());
  });
}

export async function storeSectionPage(
  ctx: DataContext,
  doc: SectionPage,
  section: string,
  page: number,
  fetchedAt: number,
): Promise<PageRecord> {
  const record = pageRecord(doc, section, page, fetchedAt);
  const { db } = ctx;
  const full = doc.full ?? [];
  const whole = new Set(full.map((article) => article.slug));
  const write = () =>
    db.transaction('rw', [db.pages, db.articles, db.terms, db.reindex, db.meta], async () => {
      // Asked together: each wait for the database is a round trip.
      await Promise.all([
        db.pages.put(record),
        // Pages past the new last page no longer exist on the blog.
        db.pages
          .where('[section+page]')
          .between([section, doc.pages + 1], [section, Dexie.maxKey])
          .delete(),
        mergeSummaries(
          db,
          doc.articles.filter((summary) => !whole.has(summary.slug)),
        ),
        putArticles(db, mergeBatch(full, [], [], fetchedAt).full),
      ]);
      // Checked here, so a page under the budget costs no transaction of its own.
      return full.length > 0 && (await overArticleBudget(db));
    });
  if (await writeWithRoom(doc.url, write, () => makeRoom(ctx))) await enforceArticleBudget(ctx);
  return record;
}
