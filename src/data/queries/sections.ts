import type { ArticleRecord, PageRecord } from '../../db/db';
import type { ReadContext } from '../context';
import { readSections } from './site';

export interface SectionList {
  articles: ArticleRecord[];
  /** How many pages are shown (stored pages 1..n without a gap, at most the number asked). */
  pages: number;
  hasOlder: boolean;
  updatedAt: number;
}

/** [section] sorts before every [section, …] compound key, and [section, []] after them. */
const inSection = (section: string) => ({ lower: [section], upper: [section, []] });

/** Pages 1..count of a section as stored, newest first, without duplicates. */
export async function readSectionList(
  ctx: ReadContext,
  section: string,
  count: number,
): Promise<SectionList | undefined> {
  const pages = (await ctx.store.all<PageRecord>('pages', inSection(section)))
    .filter((page, index) => page.page === index + 1)
    .slice(0, count);
  const last = pages.at(-1);
  if (!last) return undefined;
  const slugs = [...new Set(pages.flatMap((page) => page.slugs))];
  const records = await ctx.store.getMany<ArticleRecord>('articles', slugs);
  return {
    articles: records.filter((record): record is ArticleRecord => record !== undefined),
    pages: pages.length,
    hasOlder: last.next !== undefined && last.page < last.pages,
    updatedAt: pages[0]?.fetchedAt ?? last.fetchedAt,
  };
}

export function readNewestInSection(
  ctx: ReadContext,
  section: string,
  limit: number,
): Promise<ArticleRecord[]> {
  return ctx.store.all<ArticleRecord>('articles', {
    index: '[section+published]',
    ...inSection(section),
    reverse: true,
    limit,
  });
}

/**
 * Each section's first articles, as its stored first page lists them (an article may be in
 * several sections: a post in two categories, a feed's item under "Latest" and its tags);
 * by date where no page is stored yet. Two reads for the whole front page.
 */
export async function readFrontPage(
  ctx: ReadContext,
  perSection: number,
): Promise<Map<string, ArticleRecord[]>> {
  const sections = await readSections(ctx);
  const firsts = await ctx.store.getMany<PageRecord>(
    'pages',
    sections.map((section) => [section.slug, 1]),
  );
  const listed = firsts.map((page) => page?.slugs.slice(0, perSection));
  const slugs = [...new Set(listed.flatMap((page) => page ?? []))];
  const records = await ctx.store.getMany<ArticleRecord>('articles', slugs);
  const bySlug = new Map(slugs.map((slug, index) => [slug, records[index]]));
  const lists = await Promise.all(
    sections.map(async (section, index) => {
      const page = listed[index];
      if (!page) return readNewestInSection(ctx, section.slug, perSection);
      return page
        .map((slug) => bySlug.get(slug))
        .filter((record): record is ArticleRecord => record !== undefined);
    }),
  );
  return new Map(sections.map((section, index) => [section.slug, lists[index] ?? []]));
}
