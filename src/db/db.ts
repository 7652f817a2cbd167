import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Article, ArticleSummary, Section, Site } from '../model/types';
import { relatedTerms, type TermsRecord } from '../model/related';
import { databaseName, dexieStores } from './schema';

export { databaseName, type TermsRecord };

export interface SiteRecord extends Site {
  key: 'site';
  fetchedAt: number;
}

export interface SectionRecord extends Section {
  position: number;
}

export interface PageRecord {
  section: string;
  page: number;
  pages: number;
  url: string;
  next?: string;
  slugs: string[];
  fetchedAt: number;
}

/** Only what the blog says, so a newer copy replaces it unread: reader data lives elsewhere. */
export interface ArticleRecord extends ArticleSummary {
  html?: Article['html'];
  related?: Article['related'];
  locked?: Article['locked'];
  fetchedAt?: number;
}

/** When the reader last opened an article: the storage policy evicts least recently read. */
export interface ReadRecord {
  slug: string;
  readAt: number;
  /** How far down the article the reader has scrolled, from 0 (its top) to 1 (its end). */
  position?: number;
  /** What the history shows once the article itself is no longer stored. */
  title?: string;
  section?: string;
}

/** An article the reader saved: kept with its images until unsaved, whatever the storage policy does. */
export interface SavedRecord {
  slug: string;
  savedAt: number;
}

/** An article the reader asked for while offline: fetched by itself once the connection returns. */
export interface QueueRecord {
  slug: string;
  queuedAt: number;
  /** What the queue shows before the article arrives, where a list already named it. */
  title?: string;
  section?: string;
}

/** The search index as saved: MiniSearch's JSON, loaded when the reader first searches. */
export interface SearchRecord {
  key: 'index';
  json: string;
}

/** Articles stored, refreshed, evicted or removed by one write since the search index was saved. */
export interface ReindexRecord {
  /** Unique to the write: a snapshot clears exactly the marks it read. */
  key: string;
  slugs: string[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface DownloadRecord {
  section: string;
  status: 'running' | 'paused' | 'done' | 'cancelled';
  /** Articles in the section, once its pages are known (an estimate before). */
  total: number;
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
  terms!: EntityTable<TermsRecord, 'slug'>;
  queue!: EntityTable<QueueRecord, 'slug'>;
  search!: EntityTable<SearchRecord, 'key'>;
  reindex!: EntityTable<ReindexRecord, 'key'>;

  constructor(name = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      site: 'key',
      sections: 'slug, position',
      pages: '[section+page]',
      articles: 'slug, [section+published]',
    });
    this.version(2).stores({
      articles: 'slug, [section+published], readAt',
      saved: 'slug, savedAt',
      meta: 'key',
    });
    this.version(3).stores({ downloads: 'section, status' });
    // Here while readAt is still indexed: Dexie drops removed indexes before an upgrade runs.
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
    this.version(5).stores({ articles: 'slug, [section+published]' });
    this.version(6)
      .stores(dexieStores())
      .upgrade(async (tx) => {
        const terms: TermsRecord[] = [];
        await tx.table<ArticleRecord, string>('articles').each((record) => {
          terms.push(relatedTerms(record));
        });
        await tx.table<TermsRecord, string>('terms').bulkPut(terms);
      });
    this.version(7).stores(dexieStores());
    // No snapshot yet: the first search builds the index from every stored article.
    this.version(8).stores(dexieStores());
  }
}
