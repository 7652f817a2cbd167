import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, openPage, watchContext } from './browser';
import { TestServer } from './server';

/** The demo blog as published, to compare what the app shows against. */
export const demo = {
  site: JSON.parse(readFileSync('public/content/site.json', 'utf8')) as {
    title: string;
    sections: { slug: string; title: string }[];
  },
  worldNews: JSON.parse(readFileSync('public/content/sections/world-news/1.json', 'utf8')) as {
    articles: { slug: string; title: string }[];
  },
};

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A fault the server injects and the headline the reader should see for it. */
export interface FaultCase {
  name: string;
  fault: Omit<import('./server').Fault, 'prefix'>;
  title: string;
  /** Offer Retry (temporary problems); a missing document offers a way home instead. */
  retry?: boolean;
}

/**
 * Registers the hooks of an e2e file: one test server over dist/ and one Chromium for the
 * file, a fresh browser context per test, and a failure for any uncaught page error.
 */
export function useApp(options: { tolerate?: RegExp } = {}) {
  const server = new TestServer();
  let browser: Browser;
  let current: Awaited<ReturnType<typeof openPage>> | undefined;

  beforeAll(async () => {
    await server.start();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  afterEach(async () => {
    server.clearFaults();
    const problems = (current?.problems ?? []).filter(
      (problem) => !options.tolerate?.test(problem),
    );
    await current?.context.close();
    current = undefined;
    expect(problems).toEqual([]);
  });

  return {
    server,
    /** Opens a path of the app (or any URL) in a fresh context. */
    async open(path: string): Promise<Page> {
      current = await openPage(browser);
      await current.page.goto(path.startsWith('/') ? server.url + path : path);
      return current.page;
    },
  };
}

/**
 * Registers the hooks of an e2e file whose tests each need a fresh origin: a new test server
 * (so a new service worker and IndexedDB) and a new browser context per test, one Chromium
 * for the file, and a failure for any uncaught page error.
 */
export function useFreshOrigin(root?: () => string, options: { tolerate?: RegExp } = {}) {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    server = new TestServer(root?.());
    base = await server.start();
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    await watchContext(context, errors);
  });

  afterEach(async () => {
    await context?.close();
    await server.stop();
    expect(errors.splice(0).filter((problem) => !options.tolerate?.test(problem))).toEqual([]);
  });

  return {
    get server() {
      return server;
    },
    get context() {
      return context;
    },
    get base() {
      return base;
    },
    /** First visit, then a reload once the worker controls the page (so it sees every request). */
    async visit(path = '/'): Promise<Page> {
      const page = await context.newPage();
      await page.goto(base + path);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
      return page;
    },
    /** Really offline: the server stops and the browser context goes offline. */
    async cutNetwork(): Promise<void> {
      await server.stop();
      await context.setOffline(true);
    },
    /** Back online: the server listens again on the same origin, then the context goes online. */
    async restoreNetwork(): Promise<void> {
      await server.start(Number(new URL(base).port));
      await context.setOffline(false);
    },
  };
}

/**
 * Waits until the writer has stored the record under `key` in `store`: a first visit shows
 * what it fetched before the writer (in its worker) has stored it.
 */
export async function stored(
  page: Page,
  store: string,
  key: string | (string | number)[],
): Promise<void> {
  const holds = () =>
    page.evaluate(
      async ({ store, key }) => {
        const names = (await indexedDB.databases()).map((info) => info.name);
        if (!names.includes('paperboy')) return false;
        return new Promise<boolean>((resolve) => {
          const opening = indexedDB.open('paperboy');
          opening.onerror = () => resolve(false);
          opening.onsuccess = () => {
            const db = opening.result;
            if (!db.objectStoreNames.contains(store)) return (db.close(), resolve(false));
            const reading = db.transaction(store).objectStore(store).get(key);
            reading.onsuccess = () => (db.close(), resolve(reading.result !== undefined));
            reading.onerror = () => (db.close(), resolve(false));
          };
        });
      },
      { store, key },
    );
  await expect.poll(holds, { timeout: 10_000 }).toBe(true);
}
