import type { PageRecord, SectionRecord, SiteRecord } from '../db/db';
import type { Article, SectionPage, Site } from '../model/types';
import { ContentError } from '../sources/errors';

export function siteRecords(
  site: Site,
  now: number,
): { site: SiteRecord; sections: SectionRecord[] } {
  return {
    site: { ...site, key: 'site', fetchedAt: now },
    sections: site.sections.map((section, position) => ({ ...section, position })),
  };
}

/** Refuses a section page other than the one asked for. */
export function pageRecord(
  doc: SectionPage,
  section: string,
  page: number,
  now: number,
): PageRecord {
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
  return {
    section,
    page,
    pages: doc.pages,
    url: doc.url,
    ...(doc.next ? { next: doc.next } : {}),
    slugs: doc.articles.map((article) => article.slug),
    fetchedAt: now,
  };
}

/** Refuses an article document other than the one asked for. */
export function askedArticle(article: Article, slug: string, url: string): Article {
  if (article.slug !== slug) {
    throw new ContentError(
      { kind: 'invalid', path: 'slug', problem: `is “${article.slug}”, not “${slug}”` },
      url,
    );
  }
  return article;
}
