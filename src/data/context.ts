import type { PaperboyDatabase } from '../db/db';
import type { StoreReads } from '../db/reader';
import type { ImageStore } from '../caches/images';
import type { KeptPages } from '../caches/kept-pages';
import { ContentError } from '../sources/errors';
import type { Blog } from '../model/blog';

export interface ReadContext {
  /** On a first visit, it also reads what is held until stored (data/first-visit/). */
  store: StoreReads;
  storage: Pick<StorageManager, 'estimate' | 'persist' | 'persisted'> | undefined;
}

export interface DataContext extends ReadContext {
  db: PaperboyDatabase;
  blog: Blog;
  now: () => number;
  online: () => boolean;
  /** A stored document older than this is refreshed in the background when online. */
  maxAgeMs: number;
  images: ImageStore;
  keptPages: KeptPages;
}

export interface SyncOptions {
  /** Fetch even when the stored copy is fresh (the reader pressed Retry). */
  force?: boolean;
}

/** Cache first: fetch what is missing; refresh what is stale, and only when online. */
export function needsFetch(
  ctx: DataContext,
  fetchedAt: number | undefined,
  options: SyncOptions,
): boolean {
  if (!fetchedAt) return true;
  if (!ctx.online()) return false;
  return options.force === true || ctx.now() - fetchedAt > ctx.maxAgeMs;
}

const running = new WeakMap<DataContext, Map<string, Promise<unknown>>>();

/** One fetch per document at a time: a second caller shares the first one's promise. */
export function once<T>(ctx: DataContext, key: string, task: () => Promise<T>): Promise<T> {
  let tasks = running.get(ctx);
  if (!tasks) running.set(ctx, (tasks = new Map()));
  const existing = tasks.get(key);
  if (existing) return existing as Promise<T>;
  const promise = task().finally(() => tasks.delete(key));
  tasks.set(key, promise);
  return promise;
}

const isQuotaError = (error: unknown): boolean => {
  const named = error as { name?: string; inner?: { name?: string } } | undefined;
  return named?.name === 'QuotaExceededError' || named?.inner?.name === 'QuotaExceededError';
};

const isClosedError = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'DatabaseClosedError';

/** One transaction; when the device is full, makes room, tries once more, then tells the reader. */
export async function writeWithRoom<T>(
  url: string,
  write: () => Promise<T>,
  makeRoom: () => Promise<unknown>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isClosedError(error)) throw new ContentError({ kind: 'storage-closed' }, url);
    if (!isQuotaError(error)) throw error;
  }
  await makeRoom();
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new ContentError({ kind: 'storage-full' }, url);
    throw error;
  }
}
