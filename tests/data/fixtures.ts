import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { onTestFinished } from 'vitest';
import type { DataContext } from '../../src/data/context';
import { createRepository } from '../../src/data/repository';
import { createWriter } from '../../src/data/writer';
import { PaperboyDatabase } from '../../src/db/db';
import { StoreReader } from '../../src/db/reader';
import { contentApiBlog } from '../../src/model/content-api';
import { ContentError } from '../../src/sources/errors';
import { createMemoryImageStore } from '../../src/caches/images';
import { createMemoryKeptPages } from '../../src/caches/kept-pages';
import type { ContentSource } from '../../src/sources/types';
import { siteUrl } from '../factories';

/** A source serving documents from a map of URL → body (or an error to throw), counting requests. */
export class FakeSource implements ContentSource {
  readonly requests: string[] = [];
  readonly documents = new Map<string, unknown>();

  constructor(documents: Record<string, unknown> = {}) {
    for (const [url, body] of Object.entries(documents)) this.documents.set(url, body);
  }

  set(url: string, body: unknown): void {
    this.documents.set(url, body);
  }

  site() {
    return this.#get(siteUrl);
  }

  sectionPage(href: string) {
    return this.#get(href);
  }

  article(href: string) {
    return this.#get(href);
  }

  async #get(url: string) {
    this.requests.push(url);
    await Promise.resolve();
    const body = this.documents.get(url);
    if (body instanceof Error) throw body;
    if (body === undefined) throw new ContentError({ kind: 'http', status: 404 }, url);
    return { url, body: structuredClone(body) };
  }
}

/** A data context on a fresh in-memory IndexedDB, with a clock the test moves. */
export function testContext(source: FakeSource) {
  const clock = { now: 1_000_000, online: true };
  const images = createMemoryImageStore();
  const keptPages = createMemoryKeptPages();
  const storage = {
    persistCalls: 0,
    persistedNow: false,
    estimate: async () => ({ usage: 1234, quota: 5_000_000 }),
    persist: async () => {
      storage.persistCalls += 1;
      storage.persistedNow = true;
      return true;
    },
    persisted: async () => storage.persistedNow,
  };
  const indexedDB = new IDBFactory();
  const db = new PaperboyDatabase('paperboy-test', { indexedDB, IDBKeyRange });
  const store = new StoreReader({ indexedDB, IDBKeyRange }, 'paperboy-test');
  const ctx: DataContext = {
    db,
    store,
    blog: contentApiBlog(source),
    now: () => clock.now,
    online: () => clock.online,
    maxAgeMs: 60_000,
    images,
    keptPages,
    storage,
  };
  return { ctx, db, store, clock, images, keptPages, storage, source };
}

export const offline = (url: string) => new ContentError({ kind: 'offline' }, url);
export const serverError = (url: string) => new ContentError({ kind: 'http', status: 503 }, url);

/** A fresh context for one test, closed when the test finishes. */
export function openTestContext(source: FakeSource) {
  const context = testContext(source);
  onTestFinished(() => {
    context.db.close();
    context.store.close();
  });
  return { ...context, source };
}

/** The app's repository over a test context, its writer loaded as the app loads it: on first use. */
export function testRepository(ctx: DataContext) {
  return createRepository(ctx, () => Promise.resolve(createWriter(ctx)));
}
