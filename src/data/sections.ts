import Dexie from 'dexie';
import type { PageRecord } from '../db/db';
import { ContentError } from '../sources/errors';
import { parseSectionPage } from '../model/section';
import type { SectionPage } from '../model/types';
import { needsFetch, once, writeWithRoom, type DataContext, type SyncOptions } from './context';
import { makeRoom } from './storage';
import { syncSite } from './site';
import { pageRecord } from './records';
import { mergeSummaries } from './summaries';

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
    const doc = parseSectionPage(await ctx.source.sectionPage(url));
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
  const write = () =>
    db.transaction('rw', db.pages, db.articles, async () => {
      await db.pages.put(record);
      // Pages past the new last page no longer exist on the blog.
      await db.pages
        .where('[section+page]')
        .between([section, doc.pages + 1], [section, Dexie.maxKey])
        .delete();
      await mergeSummaries(db, doc.articles);
    });
  await writeWithRoom(doc.url, write, () => makeRoom(ctx));
  return record;
}
