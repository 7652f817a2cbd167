import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Article, ArticleSummary, Section, Site } from '../model/types';
import { databaseName, dexieStores } from './schema';

export { databaseName };

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
 * the full document has been read (`fetchedAt` set). Only what the blog says, so a newer
 * copy replaces it whole, unread: what the reader did with it lives in other stores.
 */
export interface ArticleRecord extends ArticleSummary {
  html?: Article['html'];
  related?: Article['related'];
  fetchedAt?: number;
}

/** When the reader last opened an article: the storage policy evicts least recently read. */
export interface ReadRecord {
  slug: string;
  readAt: number;
}

/** An article the reader saved: kept with its images until unsaved, whatever the storage policy does. */
export interface SavedRecord {
  slug: string;
  savedAt: number;
}

/** Small settings and flags of the reader's, by key. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A section the reader downloaded for offline reading, and how far that got. */
export interface DownloadRecord {
  section: string;
  status: 'running' | 'paused' | 'done' | 'cancelled';
  /** Articles in the section, once its pages are known (an estimate before). */
  total: number;
  /** Articles whose full text is stored. */
  done: number;
  startedAt: number;
  updatedAt: number;
  /** Why it paused, in the reader's words. */
  problem?: string;
}

export class PaperboyDatabase extends Dexie {
  site!: EntityTable<SiteRecord, 'key'>;
  sections!: EntityTable<SectionRecord, 'slug'>;
  pages!: Dexie.Table<PageRecord, [string, number]>;
  articles!: EntityTable<ArticleRecord, 'slug'>;
  saved!: EntityTable<SavedRecord, 'slug'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  downloads!: EntityTable<DownloadRecord, 'section'>;
  reads!: EntityTable<ReadRecord, 'slug'>;

  constructor(name = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      site: 'key',
      sections: 'slug, position',
      pages: '[section+page]',
      articles: 'slug, [section+published]',
    });
    // v2: saved articles, settings; readAt indexed for least-recently-read eviction.
    this.version(2).stores({
      articles: 'slug, [section+published], readAt',
      saved: 'slug, savedAt',
      meta: 'key',
    });
    // v3: sections downloaded for offline reading.
    this.version(3).stores({ downloads: 'section, status' });
    // v4: when each article was read moves out of its record, so storing a newer copy of an
    // article need not read the old one first. The readAt index still stands here (Dexie
    // drops removed indexes before an upgrade runs), so the move reads only read articles.
    this.version(4)
      .stores({ reads: 'slug, readAt' })
      .upgrade(async (tx) => {
        const articles = tx.table<ArticleRecord & { readAt?: number }, string>('articles');
        const read = await articles.where('readAt').above(-Infinity).toArray();
        await tx
          .table<ReadRecord, string>('reads')
          .bulkPut(read.map(({ slug, readAt = 0 }) => ({ slug, readAt })));
        await articles.bulkPut(read.map(({ readAt: _readAt, ...record }) => record));
      });
    // v5, as the app has it now (schema.ts): nothing is filed by readAt in articles any more.
    this.version(5).stores(dexieStores());
  }
}
