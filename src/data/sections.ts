import Dexie from 'dexie';
import type { ArticleRecord, PageRecord } from '../db/db';
import { ContentError } from '../sources/errors';
import { parseSectionPage } from '../model/section';
import { needsFetch, once, writeWithRoom, type DataContext, type SyncOptions } from './context';
import { makeRoom } from './storage';
import { readSections, syncSite } from './site';
import { mergeSummaries } from './summaries';

export interface SectionList {
  articles: ArticleRecord[];
  /** How many pages are shown (stored pages 1..n without a gap, at most the number asked). */
  pages: number;
  /** The last shown page links to an older one. */
  hasOlder: boolean;
  /** When the first page was last fetched from the blog. */
  updatedAt: number;
}

function storedPages(ctx: DataContext, section: string): Promise<PageRecord[]> {
  return ctx.db.pages
    .where('[section+page]')
    .between([section, 1], [section, Dexie.maxKey])
    .toArray();
}

/** Pages 1..count of a section as stored, newest first, without duplicates. */
export async function readSectionList(
  ctx: DataContext,
  section: string,
  count: number,
): Promise<SectionList | undefined> {
  const pages = (await storedPages(ctx, section))
    .filter((page, index) => page.page === index + 1)
    .slice(0, count);
  const last = pages.at(-1);
  if (!last) return undefined;
  const slugs = [...new Set(pages.flatMap((page) => page.slugs))];
  const records = await ctx.db.articles.bulkGet(slugs);
  return {
    articles: records.filter((record): record is ArticleRecord => record !== undefined),
    pages: pages.length,
    hasOlder: last.next !== undefined && last.page < last.pages,
    updatedAt: pages[0]?.fetchedAt ?? last.fetchedAt,
  };
}

/** The newest stored articles of a section, straight from the [section+published] index. */
export function readNewestInSection(
  ctx: DataContext,
  section: string,
  limit: number,
): Promise<ArticleRecord[]> {
  return ctx.db.articles
    .where('[section+published]')
    .between([section, Dexie.minKey], [section, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The newest articles of every section, in one read so the front page renders in one go. */
export async function readFrontPage(
  ctx: DataContext,
  perSection: number,
): Promise<Map<string, ArticleRecord[]>> {
  const sections = await readSections(ctx);
  const lists = await Promise.all(
    sections.map((section) => readNewestInSection(ctx, section.slug, perSection)),
  );
  return new Map(sections.map((section, index) => [section.slug, lists[index] ?? []]));
}

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

/** Page `page` of a section: stored if fresh, else fetched and stored in one transaction. */
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
    if (doc.section !== section || doc.page !== page) {
      throw new ContentError(
        {
          kind: 'invalid',
          path: doc.section !== section ? 'section' : 'page',
          problem: `does not match the page asked for (${section}, page ${page})`,
        },
        doc.url,
      );
    }
    const record: PageRecord = {
      section,
      page,
      pages: doc.pages,
      url: doc.url,
      ...(doc.next ? { next: doc.next } : {}),
      slugs: doc.articles.map((article) => article.slug),
      fetchedAt: ctx.now(),
    };
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
  });
}
