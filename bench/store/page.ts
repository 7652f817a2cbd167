// The store bench's page: the app's own write path (storeArticles over PaperboyDatabase,
// given all documents at once or in a download's batches) and read path (readNewestInSection over a StoreReader), each against
// raw IndexedDB doing the same work, on Chromium's on-disk IndexedDB. bench.mjs drives it
// through `window.storeBench`; every figure is taken here with performance.now().
import type { DataContext } from '../../src/data/context';
import { batchOf, mergeBatch } from '../../src/data/batch';
import { ingestBatchSize, storeArticles } from '../../src/data/ingest';
import { readRelated } from '../../src/data/queries/related';
import { readNewestInSection } from '../../src/data/queries/sections';
import { pageRecord } from '../../src/data/records';
import { storeSectionPage } from '../../src/data/sections';
import { setArticleBudget } from '../../src/data/storage';
import { SearchIndex } from '../../src/data/search/index';
import { search } from '../../src/data/search/results';
import { fold } from '../../src/model/search';
import { htmlToText } from '../../src/model/text';
import type { BlogChoice } from '../../src/model/blog';
import { openBlog } from '../../src/model/blogs';
// The writer registers the app's Dexie 'storagemutated' listener, as in the app.
import '../../src/data/writer';
import { PaperboyDatabase, type ArticleRecord } from '../../src/db/db';
import { StoreReader } from '../../src/db/reader';
import { parseArticle } from '../../src/model/article';
import { holdersRead, rankRelated, relatedTerms, type TermsRecord } from '../../src/model/related';
import type { Article, SectionPage } from '../../src/model/types';
import { createMemoryImageStore } from '../../src/caches/images';
import { createMemoryKeptPages } from '../../src/caches/kept-pages';
import { makeArticle, sectionOf } from '../generate-blog.mjs';

export interface IngestRun {
  ms: number;
  /** IndexedDB transactions opened while timing. */
  transactions: number;
  batches: number;
  /** Records written (full articles and the related summaries merged with them). */
  records: number;
}

/**
 * Diagnostics, to see where the app path's time goes: the app's records in the app's
 * batches, written raw (a transaction per batch; with relaxed durability) or through Dexie
 * (bulkPut; a put per record).
 */
export type VariantKind = 'raw-batched' | 'raw-batched-relaxed' | 'dexie-bulkput' | 'dexie-put';

export interface StoreBench {
  /** Builds and validates `count` article documents, once, before anything is timed. */
  prepare(count: number): Promise<{ ms: number; bytes: number }>;
  /**
   * Stores `count` articles through storeArticles into a fresh database: all in one call
   * (`batchSize` 0, one batch, as a source that serves them together is stored), or batch by
   * batch as a download stores them. With `listed`, their summaries are stored first,
   * untimed, as a download's section pages store them before the articles come.
   */
  ingestApp(count: number, batchSize: number, listed: boolean): Promise<IngestRun>;
  /** The same records with raw IndexedDB: one readwrite transaction, a put per record. */
  ingestRaw(count: number, batchSize: number, listed: boolean): Promise<IngestRun>;
  ingestVariant(
    kind: VariantKind,
    count: number,
    batchSize: number,
    listed: boolean,
  ): Promise<IngestRun>;
  /** Deletes the databases the ingest runs made; returns how many. */
  cleanup(): Promise<number>;
  /** Stores `count` articles through the app for the read measurements; returns a section. */
  fillForReads(count: number): Promise<string>;
  readApp(section: string, iterations: number): Promise<number[]>;
  readRaw(section: string, iterations: number): Promise<number[]>;
  /** Reads every page of a section of another format's blog, validated, before any timing. */
  prepareBlog(
    kind: BlogChoice['kind'],
    url: string,
    section: string,
  ): Promise<{ pages: number; articles: number; ms: number }>;
  /** Stores the section's pages through storeSectionPage, one after another, into a fresh database. */
  ingestBlogApp(kind: BlogChoice['kind']): Promise<IngestRun>;
  /** The same records raw: per page, its page record, articles and terms in one transaction. */
  ingestBlogRaw(kind: BlogChoice['kind']): Promise<IngestRun>;
  /** readRelated for `count` different articles of the 10,000 stored, each timed once. */
  relatedApp(count: number): Promise<number[]>;
  /** The same reads with raw IndexedDB on one connection (and the same ranking). */
  relatedRaw(count: number): Promise<number[]>;
  /**
   * Stores `count` articles through storeArticles into a fresh database (timed: the ingest,
   * the search marks included), then builds their search index from nothing and saves its
   * snapshot (each timed).
   */
  searchIndexCost(count: number): Promise<{ ingestMs: number; indexMs: number; saveMs: number }>;
  /** The index of the 10,000 stored for the reads, built from nothing and saved. */
  searchBuild(): Promise<{ indexMs: number; saveMs: number; bytes: number; indexed: number }>;
  /** A cold start: a new connection and index load the snapshot and answer one keystroke. */
  searchCold(keystroke: string): Promise<{ ms: number; total: number }>;
  /** The floor under searchCold: the saved snapshot read with raw IndexedDB and JSON.parse'd. */
  searchColdRaw(): Promise<number>;
  /** The floor under indexing: the same articles' text taken out and split into folded words. */
  searchWordsRaw(count: number): Promise<number>;
  /** Each query through search() on one warm index, each timed once; and how many matched. */
  searchQueries(queries: string[]): Promise<{ times: number[]; totals: number[] }>;
  features(): { getAllRecords: boolean; crossOriginIsolated: boolean; batchSize: number };
}

declare global {
  interface Window {
    storeBench: StoreBench;
  }
}

const blog = { articles: 10_000, sections: 8, seed: 1 };
const base = `${location.origin}/content/`;
/** Article documents 0… of the generated blog, validated by the app's model. */
const articles: Article[] = [];

let transactions = 0;
const openTransaction = IDBDatabase.prototype.transaction;
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<typeof openTransaction>
) {
  transactions += 1;
  return openTransaction.apply(this, args);
} as typeof openTransaction;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('deleteDatabase failed'));
    // 'blocked' may fire while a closed connection finishes; success follows once it has.
  });
}

/** The articles and terms stores exactly as the app's schema makes them (db/schema.ts). */
function openRaw(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore('articles', { keyPath: 'slug' });
    store.createIndex('[section+published]', ['section', 'published']);
    req.result.createObjectStore('pages', { keyPath: ['section', 'page'] });
    const terms = req.result.createObjectStore('terms', { keyPath: 'slug' });
    terms.createIndex('keys', 'keys', { multiEntry: true });
  };
  return request(req);
}

/** What every article write puts: the record and its related-post terms, worked out untimed. */
interface Puts {
  records: ArticleRecord[];
  terms: TermsRecord[];
}

const putsOf = (records: ArticleRecord[]): Puts => ({
  records,
  terms: records.map(relatedTerms),
});

/** Puts records and their terms (and a page) in one transaction and waits for it to complete. */
function putAll(
  db: IDBDatabase,
  { records, terms, page }: Puts & { page?: unknown },
  options: { durability?: IDBTransactionDurability } = {},
): Promise<void> {
  const tx = db.transaction(['articles', 'terms', 'pages'], 'readwrite', {
    durability: options.durability ?? 'default',
  });
  const store = tx.objectStore('articles');
  const termStore = tx.objectStore('terms');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
  for (const record of records) store.put(record);
  for (const record of terms) termStore.put(record);
  if (page) tx.objectStore('pages').put(page);
  return done;
}

function context(db: PaperboyDatabase, name: string): DataContext {
  const noSource = () => Promise.reject(new Error('no blog in the bench'));
  return {
    db,
    store: new StoreReader({ indexedDB, IDBKeyRange }, name),
    blog: { site: noSource, sectionPage: noSource, article: noSource },
    now: () => Date.now(),
    online: () => true,
    maxAgeMs: 5 * 60_000,
    images: createMemoryImageStore(),
    keptPages: createMemoryKeptPages(),
    storage: undefined,
  };
}

/** A search index built from the store (timed), then its snapshot saved (timed). */
async function buildAndSave(index: SearchIndex) {
  const indexing = performance.now();
  const { indexed } = await index.find('');
  const indexMs = performance.now() - indexing;
  const saving = performance.now();
  await index.flush();
  return { indexed, indexMs, saveMs: performance.now() - saving };
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(items.slice(start, start + size));
  }
  return out;
}

/**
 * The first `count` articles in the batches a download stores them: one section after
 * another, each newest first, in batches of `size` that never span two sections. Size 0:
 * all of them in one batch.
 */
function downloadBatches(count: number, size: number): Article[][] {
  if (size === 0) return [articles.slice(0, count)];
  const bySection = new Map<string, Article[]>();
  for (const article of articles.slice(0, count)) {
    const list = bySection.get(article.section) ?? [];
    list.push(article);
    bySection.set(article.section, list);
  }
  return [...bySection.values()].flatMap((list) => batches(list, size));
}

/** An article's summary, as a section page stores it. */
function summaryOf(article: Article): ArticleRecord {
  const { html: _html, related: _related, ...summary } = article;
  return summary;
}

/** The summaries of the first `count` articles: what a download's section pages stored. */
const summaries = (count: number) => articles.slice(0, count).map(summaryOf);

/** The records the app puts for these batches, batch by batch: the raw paths' work. */
const rawPuts = new Map<string, Puts[]>();
function putsFor(count: number, batchSize: number, listed: boolean): Puts[] {
  const key = `${count}/${batchSize}/${listed}`;
  const cached = rawPuts.get(key);
  if (cached) return cached;
  const stored = new Map<string, ArticleRecord>(
    listed ? summaries(count).map((summary) => [summary.slug, summary]) : [],
  );
  const puts: Puts[] = [];
  const fetchedAt = Date.now();
  for (const batch of downloadBatches(count, batchSize)) {
    const { articles: full, related } = batchOf(batch);
    const existing = related.map((summary) => stored.get(summary.slug));
    const { records } = mergeBatch(full, related, existing, fetchedAt);
    for (const record of records) stored.set(record.slug, record);
    puts.push(putsOf(records));
  }
  rawPuts.set(key, puts);
  return puts;
}

let databases = 0;

/**
 * Databases measured and closed, deleted together by cleanup() between groups of runs:
 * Chromium keeps every database of an origin in one LevelDB, and deleting one there makes
 * compaction work that would otherwise land in the next timed run.
 */
const finished: string[] = [];

/** A fresh app database, with the summaries stored first when `listed`. */
async function freshApp(count: number, listed: boolean) {
  const name = `bench-app-${(databases += 1)}`;
  const db = new PaperboyDatabase(name);
  await db.open();
  if (listed) {
    const records = summaries(count);
    await db.articles.bulkPut(records);
    await db.terms.bulkPut(records.map(relatedTerms));
  }
  return { db, name };
}

/** A fresh raw database, with the summaries stored first when `listed`. */
async function freshRaw(count: number, listed: boolean) {
  const name = `bench-raw-${(databases += 1)}`;
  const db = await openRaw(name);
  if (listed) await putAll(db, putsOf(summaries(count)));
  return { db, name };
}

/** Each format's section, as its blog served it (prepareBlog). */
const blogPages = new Map<string, { section: string; pages: SectionPage[] }>();

function blogPagesOf(kind: string) {
  const prepared = blogPages.get(kind);
  if (!prepared) throw new Error(`prepareBlog(${kind}) first`);
  return prepared;
}

const bench: StoreBench = {
  async prepareBlog(kind, url, section) {
    const started = performance.now();
    const blog = openBlog({ kind, url, database: `bench-${kind}` });
    const site = await blog.site();
    let href = site.sections.find((entry) => entry.slug === section)?.href;
    const pages: SectionPage[] = [];
    for (let page = 1; href; page += 1) {
      const doc = await blog.sectionPage(href, { section, page });
      pages.push(doc);
      href = doc.next;
    }
    blogPages.set(kind, { section, pages });
    const articles = pages.reduce((sum, page) => sum + (page.full?.length ?? 0), 0);
    return { pages: pages.length, articles, ms: performance.now() - started };
  },

  async ingestBlogApp(kind) {
    const { section, pages } = blogPagesOf(kind);
    const { db, name } = await freshApp(0, false);
    const ctx = context(db, name);
    // Above the section's size: nothing is evicted, so both paths write the same records.
    await setArticleBudget(ctx, 100_000);
    transactions = 0;
    const started = performance.now();
    for (const doc of pages) await storeSectionPage(ctx, doc, section, doc.page, Date.now());
    const ms = performance.now() - started;
    const opened = transactions;
    const stored = await db.articles.count();
    db.close();
    finished.push(name);
    const records = pages.reduce((sum, page) => sum + page.articles.length, 0);
    if (stored !== new Set(pages.flatMap((page) => page.articles.map((a) => a.slug))).size) {
      throw new Error(`the app did not store the ${kind} section`);
    }
    return { ms, transactions: opened, batches: pages.length, records };
  },

  async ingestBlogRaw(kind) {
    const { section, pages } = blogPagesOf(kind);
    const now = Date.now();
    const puts = pages.map((doc) => ({
      page: pageRecord(doc, section, doc.page, now),
      ...putsOf(mergeBatch(doc.full ?? [], [], [], now).full),
    }));
    const { db, name } = await freshRaw(0, false);
    transactions = 0;
    const started = performance.now();
    for (const put of puts) await putAll(db, put);
    const ms = performance.now() - started;
    const opened = transactions;
    db.close();
    finished.push(name);
    const records = puts.reduce((sum, put) => sum + put.records.length, 0);
    return { ms, transactions: opened, batches: pages.length, records };
  },

  async prepare(count) {
    const started = performance.now();
    for (let index = articles.length; index < count; index += 1) {
      const doc = makeArticle(index, blog);
      const url = `${base}articles/${doc.slug}.json`;
      articles.push(parseArticle({ url, body: doc }));
    }
    let bytes = 0;
    for (const article of articles.slice(0, count)) bytes += article.html.length;
    return { ms: performance.now() - started, bytes };
  },

  async ingestApp(count, batchSize, listed) {
    const { db, name } = await freshApp(count, listed);
    const ctx = context(db, name);
    const work = downloadBatches(count, batchSize);
    let records = 0;
    transactions = 0;
    const started = performance.now();
    for (const batch of work) records += (await storeArticles(ctx, batch)).length;
    const ms = performance.now() - started;
    const opened = transactions;
    const stored = await db.articles.count();
    const last = await db.articles.get(work.at(-1)?.at(-1)?.slug ?? '');
    db.close();
    finished.push(name);
    if (stored < count || last?.html === undefined) {
      throw new Error(`the app did not store the ${count} articles`);
    }
    return { ms, transactions: opened, batches: work.length, records };
  },

  async ingestRaw(count, batchSize, listed) {
    const groups = putsFor(count, batchSize, listed);
    const puts = putsOf(groups.flatMap((group) => group.records));
    const { db, name } = await freshRaw(count, listed);
    transactions = 0;
    const started = performance.now();
    await putAll(db, puts);
    const ms = performance.now() - started;
    const opened = transactions;
    db.close();
    finished.push(name);
    return { ms, transactions: opened, batches: 1, records: puts.records.length };
  },

  async ingestVariant(kind, count, batchSize, listed) {
    const groups = putsFor(count, batchSize, listed);
    let ms: number;
    let opened: number;
    let name: string;
    if (kind.startsWith('dexie')) {
      const fresh = await freshApp(count, listed);
      const { db } = fresh;
      name = fresh.name;
      transactions = 0;
      const started = performance.now();
      for (const group of groups) {
        await db.transaction('rw', db.articles, db.terms, db.downloads, async () => {
          if (kind === 'dexie-put') {
            await Promise.all(group.records.map((r) => db.articles.put(r)));
            await Promise.all(group.terms.map((r) => db.terms.put(r)));
          } else {
            await db.articles.bulkPut(group.records);
            await db.terms.bulkPut(group.terms);
          }
        });
      }
      ms = performance.now() - started;
      opened = transactions;
      db.close();
    } else {
      const fresh = await freshRaw(count, listed);
      const { db } = fresh;
      name = fresh.name;
      const options = {
        durability: kind === 'raw-batched-relaxed' ? ('relaxed' as const) : ('default' as const),
      };
      transactions = 0;
      const started = performance.now();
      for (const group of groups) await putAll(db, group, options);
      ms = performance.now() - started;
      opened = transactions;
      db.close();
    }
    finished.push(name);
    const records = groups.reduce((sum, group) => sum + group.records.length, 0);
    return { ms, transactions: opened, batches: groups.length, records };
  },

  async cleanup() {
    const names = finished.splice(0);
    for (const name of names) await deleteDatabase(name);
    return names.length;
  },

  async fillForReads(count) {
    const name = 'bench-read';
    await deleteDatabase(name);
    const db = new PaperboyDatabase(name);
    await db.open();
    const ctx = context(db, name);
    for (const batch of downloadBatches(count, ingestBatchSize)) {
      await storeArticles(ctx, batch);
    }
    db.close();
    return sectionOf(0, blog);
  },

  async readApp(section, iterations) {
    const ctx = {
      store: new StoreReader({ indexedDB, IDBKeyRange }, 'bench-read'),
      storage: undefined,
    };
    const times: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      const started = performance.now();
      const rows = await readNewestInSection(ctx, section, 20);
      times.push(performance.now() - started);
      if (rows.length !== 20 || rows[0]?.section !== section) throw new Error('wrong read');
    }
    ctx.store.close();
    return times;
  },

  async readRaw(section, iterations) {
    const db = await request(indexedDB.open('bench-read'));
    const query = IDBKeyRange.bound([section], [section, []]);
    const times: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      const started = performance.now();
      const index = db
        .transaction('articles', 'readonly')
        .objectStore('articles')
        .index('[section+published]');
      let rows: ArticleRecord[];
      if (hasGetAllRecords(index)) {
        const records = await request(index.getAllRecords({ query, direction: 'prev', count: 20 }));
        rows = records.map((record) => record.value as ArticleRecord);
      } else {
        rows = await newestByCursor(index.openCursor(query, 'prev'), 20);
      }
      times.push(performance.now() - started);
      if (rows.length !== 20 || rows[0]?.section !== section) throw new Error('wrong read');
    }
    db.close();
    return times;
  },

  async relatedApp(count) {
    const ctx = {
      store: new StoreReader({ indexedDB, IDBKeyRange }, 'bench-read'),
      storage: undefined,
    };
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      // Spread over the stored articles and their sections.
      const slug = articles[(i * 197) % articles.length]?.slug ?? '';
      const started = performance.now();
      const related = await readRelated(ctx, slug);
      times.push(performance.now() - started);
      if (related.length !== 3 || related.some((record) => record.slug === slug)) {
        throw new Error(`wrong related posts for ${slug}`);
      }
    }
    ctx.store.close();
    return times;
  },

  async relatedRaw(count) {
    const db = await request(indexedDB.open('bench-read'));
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const slug = articles[(i * 197) % articles.length]?.slug ?? '';
      const started = performance.now();
      const terms = db.transaction('terms', 'readonly').objectStore('terms');
      const own = (await request(terms.get(slug))) as TermsRecord;
      const index = terms.index('keys');
      const found = await Promise.all(
        own.keys.map(async ([term]) => {
          const under = IDBKeyRange.bound([term, -Infinity], [term, Infinity]);
          const slugs = (await request(index.getAllKeys(under, holdersRead + 1))) as string[];
          return { slugs: slugs.slice(0, holdersRead), count: slugs.length };
        }),
      );
      const top = rankRelated(own, found, 3);
      const store = db.transaction('articles', 'readonly').objectStore('articles');
      const related = await Promise.all(top.map((key) => request(store.get(key))));
      times.push(performance.now() - started);
      if (related.length !== 3) throw new Error(`wrong related posts for ${slug}`);
    }
    db.close();
    return times;
  },

  async searchIndexCost(count) {
    const { db, name } = await freshApp(count, false);
    const ctx = context(db, name);
    const work = downloadBatches(count, ingestBatchSize);
    const started = performance.now();
    for (const batch of work) await storeArticles(ctx, batch);
    const ingestMs = performance.now() - started;
    const { indexed, indexMs, saveMs } = await buildAndSave(new SearchIndex(ctx));
    db.close();
    finished.push(name);
    // Their related posts' summaries are stored, and indexed, too.
    if (indexed < count) throw new Error(`indexed ${indexed} of ${count}`);
    return { ingestMs, indexMs, saveMs };
  },

  async searchBuild() {
    const db = new PaperboyDatabase('bench-read');
    await db.open();
    await db.search.clear();
    const { indexed, indexMs, saveMs } = await buildAndSave(
      new SearchIndex(context(db, 'bench-read')),
    );
    const bytes = (await db.search.get('index'))?.json.length ?? 0;
    db.close();
    return { indexMs, saveMs, bytes, indexed };
  },

  async searchCold(keystroke) {
    const started = performance.now();
    const db = new PaperboyDatabase('bench-read');
    const results = await search(context(db, 'bench-read'), keystroke);
    const ms = performance.now() - started;
    db.close();
    if (results.hits.length === 0) throw new Error(`nothing found for ${keystroke}`);
    return { ms, total: results.total };
  },

  async searchColdRaw() {
    const started = performance.now();
    const db = await request(indexedDB.open('bench-read'));
    const store = db.transaction('search', 'readonly').objectStore('search');
    const snapshot = (await request(store.get('index'))) as { json: string } | undefined;
    const parsed: unknown = JSON.parse(snapshot?.json ?? 'null');
    const ms = performance.now() - started;
    db.close();
    if (!parsed) throw new Error('no snapshot to read');
    return ms;
  },

  async searchWordsRaw(count) {
    const started = performance.now();
    let words = 0;
    for (const article of articles.slice(0, count)) {
      const text = `${article.title} ${article.excerpt} ${htmlToText(article.html)}`;
      for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? [])
        words += fold(word).length > 0 ? 1 : 0;
    }
    const ms = performance.now() - started;
    if (words === 0) throw new Error('no words');
    return ms;
  },

  async searchQueries(queries) {
    const db = new PaperboyDatabase('bench-read');
    const ctx = context(db, 'bench-read');
    await search(ctx, 'warm');
    const times: number[] = [];
    const totals: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const results = await search(ctx, query);
      times.push(performance.now() - started);
      totals.push(results.total);
    }
    db.close();
    return { times, totals };
  },

  features() {
    const index = IDBIndex.prototype as unknown as Partial<RecordsIndex>;
    return {
      getAllRecords: typeof index.getAllRecords === 'function',
      crossOriginIsolated: globalThis.crossOriginIsolated,
      batchSize: ingestBatchSize,
    };
  },
};

interface RecordsIndex {
  getAllRecords(options: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }): IDBRequest<{ value: unknown }[]>;
}

function hasGetAllRecords(index: IDBIndex): index is IDBIndex & RecordsIndex {
  return typeof (index as Partial<RecordsIndex>).getAllRecords === 'function';
}

function newestByCursor(req: IDBRequest<IDBCursorWithValue | null>, limit: number) {
  const rows: ArticleRecord[] = [];
  return new Promise<ArticleRecord[]>((resolve, reject) => {
    req.onerror = () => reject(req.error ?? new Error('cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(rows);
      rows.push(cursor.value as ArticleRecord);
      if (rows.length >= limit) resolve(rows);
      else cursor.continue();
    };
  });
}

window.storeBench = bench;
