import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Article, ArticleSummary, Section, Site } from '../model/types';

/** The one stored site: the blog the app was built to read. */
export interface SiteRecord extends Site {
  key: 'site';
  fetchedAt: number;
}

export interface SectionRecord extends Section {
  position: number;
}

/** One page of a section's article list, as the blog last served it. */
export interface PageRecord {
  section: string;
  page: number;
  pages: number;
  url: string;
  next?: string;
  slugs: string[];
  fetchedAt: number;
}

/**
 * An article as far as it is known: always its summary; its body and related posts once
 * the full document has been read (`fetchedAt` set).
 */
export interface ArticleRecord extends ArticleSummary {
  html?: Article['html'];
  related?: Article['related'];
  fetchedAt?: number;
  readAt?: number;
}

export const databaseName = 'paperboy';

export class PaperboyDatabase extends Dexie {
  site!: EntityTable<SiteRecord, 'key'>;
  sections!: EntityTable<SectionRecord, 'slug'>;
  pages!: Dexie.Table<PageRecord, [string, number]>;
  articles!: EntityTable<ArticleRecord, 'slug'>;

  constructor(name = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      site: 'key',
      sections: 'slug, position',
      pages: '[section+page]',
      // Newest in a section: [section+published] in reverse, no scan.
      articles: 'slug, [section+published]',
    });
  }
}
