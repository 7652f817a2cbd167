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

/** The newest articles of every section, in one read so the front page renders in one go. */
export async function readFrontPage(
  ctx: ReadContext,
  perSection: number,
): Promise<Map<string, ArticleRecord[]>> {
  const sections = await readSections(ctx);
  const lists = await Promise.all(
    sections.map((section) => readNewestInSection(ctx, section.slug, perSection)),
  );
  return new Map(sections.map((section, index) => [section.slug, lists[index] ?? []]));
}
