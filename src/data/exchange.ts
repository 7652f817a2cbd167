import { dequal } from 'dequal';
import type { EntityTable, IDType } from 'dexie';
import { exportFileName, otherBlog, toExportFile } from '../model/exchange/file';
import {
  maxFileBytes,
  tooLarge,
  type ExportedBlog,
  type ReaderData,
} from '../model/exchange/format';
import { parseExportFile } from '../model/exchange/parse';
import type { ImportCount, ImportOutcome, ImportSummary } from '../model/exchange/summary';
import type { QueueRecord, ReadRecord, SavedRecord } from '../db/db';
import type { DataContext } from './context';
import { readReaderData } from './queries/exchange';
import { enforceArticleBudget, requestPersistenceOnce } from './storage';

type Keyed = { slug: string };

/** Fields the first lacks, from the second: where one side never knew a title, the other may. */
const filled = <T extends object>(first: T, second: T): T => {
  const defined = (record: T) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
  return { ...defined(second), ...defined(first) } as T;
};

/** Of two entries for one slug, the one whose time `wins`, with the other's gaps filled in. */
const keeping =
  <T extends object>(time: (entry: T) => number, wins: (time: number, other: number) => boolean) =>
  (a: T, b: T): T =>
    wins(time(b), time(a)) ? filled(b, a) : filled(a, b);

const earlier = (time: number, other: number) => time < other;
const earlierSaved = keeping((entry: SavedRecord) => entry.savedAt, earlier);
const laterRead = keeping(
  (entry: ReadRecord) => entry.readAt,
  (time, other) => time > other,
);
const earlierQueued = keeping((entry: QueueRecord) => entry.queuedAt, earlier);

/** One store's merge by slug; writes only what changes, so the same file twice writes nothing. */
async function mergeInto<T extends Keyed>(
  table: EntityTable<T, 'slug'>,
  incoming: T[],
  merge: (stored: T, file: T) => T,
): Promise<ImportCount> {
  const bySlug = new Map<string, T>();
  for (const entry of incoming) {
    const seen = bySlug.get(entry.slug);
    bySlug.set(entry.slug, seen ? merge(seen, entry) : entry);
  }
  const slugs = [...bySlug.keys()];
  // get, then put, in the caller's transaction: Dexie's upsert wrote nothing in Chromium.
  const stored = await table.bulkGet(slugs as IDType<T, 'slug'>[]);
  const writes: T[] = [];
  let existing = 0;
  slugs.forEach((slug, index) => {
    const file = bySlug.get(slug) as T;
    const here = stored[index];
    if (here) existing += 1;
    const merged = here ? merge(here, file) : file;
    if (!here || !dequal(here, merged)) writes.push(merged);
  });
  if (writes.length > 0) await table.bulkPut(writes);
  return { added: slugs.length - existing, existing };
}

/** An export file's data, merged into this blog's stores in one transaction: all of it or nothing. */
export async function importReaderData(ctx: DataContext, data: ReaderData): Promise<ImportSummary> {
  const { db } = ctx;
  const summary = await db.transaction(
    'rw',
    [db.saved, db.reads, db.queue, db.meta],
    async (): Promise<ImportSummary> => {
      const saved = await mergeInto(db.saved, data.saved, earlierSaved);
      const history = await mergeInto(db.reads, data.history, laterRead);
      const queue = await mergeInto(db.queue, data.queue, earlierQueued);
      const budget = data.settings.articleBudget;
      const current = await db.meta.get('articleBudget');
      const settings = budget !== undefined && current?.value !== budget;
      if (settings) await db.meta.put({ key: 'articleBudget', value: budget });
      return { saved, history, queue, settings };
    },
  );
  if (summary.settings) await enforceArticleBudget(ctx);
  if (summary.saved.added > 0) await requestPersistenceOnce(ctx);
  return summary;
}

/** The file to download: its name and its text, made here so the settings view carries no format. */
export async function exportReaderFile(
  ctx: DataContext,
  current: ExportedBlog,
): Promise<{ name: string; text: string }> {
  const now = ctx.now();
  const file = toExportFile(await readReaderData(ctx), current, now);
  return { name: exportFileName(current.url, now), text: JSON.stringify(file, null, 2) };
}

/** A file the reader chose, for the blog read now: checked whole, then merged; refused, nothing changes. */
export async function importReaderFile(
  ctx: DataContext,
  file: Blob,
  current: ExportedBlog,
): Promise<ImportOutcome> {
  if (file.size > maxFileBytes) return { ok: false, problem: tooLarge };
  const parsed = parseExportFile(await file.text());
  if (!parsed.ok) return parsed;
  const elsewhere = otherBlog(parsed.file.blog, current);
  if (elsewhere) return { ok: false, problem: elsewhere };
  return { ok: true, summary: await importReaderData(ctx, parsed.file.data) };
}
