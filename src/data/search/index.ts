import MiniSearch, { type Options } from 'minisearch';
import type { ReindexRecord } from '../../db/db';
import { isUsableArticle } from '../../model/stored';
import {
  fold,
  queryWords,
  searchDocument,
  searchFields,
  type RankedMatch,
  type SearchDocument,
} from '../../model/search';
import { writeWithRoom, type DataContext } from '../context';
import { makeRoom } from '../storage';

const options: Options<SearchDocument> = {
  fields: [...searchFields],
  storeFields: ['published'],
  processTerm: (term) => fold(term),
};

/** Articles read from the store at a time while indexing: bounded memory, few round trips. */
const indexChunk = 200;
/** Saving the snapshot writes the whole index: once the reader pauses, not per keystroke. */
export const saveAfterMs = 2000;

/** A match with the words of the article it found (folded), to mark them. */
export type IndexMatch = RankedMatch & { terms: string[] };

/**
 * The search index of one blog's store: MiniSearch in memory, saved as a snapshot in the
 * `search` store. Every article write puts a mark in `reindex` naming its articles; before
 * each search the marked articles are indexed again, so the index follows the store whoever
 * wrote it.
 */
export class SearchIndex {
  readonly #ctx: DataContext;
  #mini: MiniSearch<SearchDocument> | undefined;
  /** The marks indexed in memory, which the next saved snapshot clears. */
  readonly #pending = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(ctx: DataContext) {
    this.#ctx = ctx;
  }

  /** Up to date with the store, then matched: every word, the last one as a prefix. */
  find(query: string): Promise<{ matches: IndexMatch[]; indexed: number }> {
    return this.#serial(async () => {
      const mini = await this.#upToDate();
      const words = queryWords(query);
      const text = words.join(' ');
      const prefix = (_term: string, index: number, terms: string[]) => index === terms.length - 1;
      const exact = text ? mini.search(text, { prefix, combineWith: 'AND' }) : [];
      // Typos are forgiven only where the words as typed find nothing: a slip, not a near word,
      // so "harbour" never brings "labour" along.
      const matches =
        exact.length > 0 || !text
          ? exact
          : mini.search(text, {
              prefix,
              // A slip in a short word, two in a long one (a swap of two letters is two).
              fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
              combineWith: 'AND',
            });
      return { matches: matches as unknown as IndexMatch[], indexed: mini.documentCount };
    });
  }

  /** Writes the snapshot now (tests; the timer does it otherwise). */
  flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    return this.#serial(() => this.#save());
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #upToDate(): Promise<MiniSearch<SearchDocument>> {
    const { db } = this.#ctx;
    let mini = this.#mini;
    let marks: ReindexRecord[];
    let rebuild = false;
    if (mini) {
      marks = (await db.reindex.toArray()).filter((mark) => !this.#pending.has(mark.key));
    } else {
      const [snapshot, read] = await db.transaction('r', db.search, db.reindex, () =>
        Promise.all([db.search.get('index'), db.reindex.toArray()]),
      );
      marks = read;
      // None saved yet, or damaged: built again from the stored articles, which stay as they are.
      mini = snapshot ? loaded(snapshot.json) : undefined;
      rebuild = mini === undefined;
      this.#mini = mini ??= new MiniSearch(options);
    }
    const slugs = rebuild
      ? ((await db.articles.toCollection().primaryKeys()) as string[])
      : marks.flatMap((mark) => mark.slugs);
    for (const mark of marks) this.#pending.add(mark.key);
    if (slugs.length > 0) {
      await this.#index(mini, [...new Set(slugs)]);
      this.#scheduleSave();
    }
    return mini;
  }

  async #index(mini: MiniSearch<SearchDocument>, slugs: string[]): Promise<void> {
    const { db } = this.#ctx;
    const sections = new Map((await db.sections.toArray()).map((s) => [s.slug, s.title]));
    for (let from = 0; from < slugs.length; from += indexChunk) {
      const part = slugs.slice(from, from + indexChunk);
      const records = await db.articles.bulkGet(part);
      part.forEach((slug, index) => {
        if (mini.has(slug)) mini.discard(slug);
        const record = records[index];
        if (isUsableArticle(record)) {
          mini.add(searchDocument(record, sections.get(record.section) ?? record.section));
        }
      });
    }
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      // Unsaved, the marks stay: the next start indexes those articles again.
      this.#serial(() => this.#save()).catch(() => undefined);
    }, saveAfterMs);
  }

  async #save(): Promise<void> {
    const mini = this.#mini;
    if (!mini || this.#pending.size === 0) return;
    const ctx = this.#ctx;
    const { db } = ctx;
    const json = JSON.stringify(mini);
    const cleared = [...this.#pending];
    await writeWithRoom(
      '',
      () =>
        db.transaction('rw', db.search, db.reindex, async () => {
          await db.search.put({ key: 'index', json });
          // Marks written since were not read: they stay for the next search.
          await db.reindex.bulkDelete(cleared);
        }),
      () => makeRoom(ctx),
    );
    for (const key of cleared) this.#pending.delete(key);
  }
}

function loaded(json: string): MiniSearch<SearchDocument> | undefined {
  try {
    return MiniSearch.loadJSON(json, options);
  } catch {
    return undefined;
  }
}
