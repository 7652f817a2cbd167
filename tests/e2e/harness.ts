import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage } from './browser';
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

/**
 * Registers the hooks of an e2e file: one test server over dist/ and one Chromium for the
 * file, a fresh browser context per test, and a failure for any uncaught page error.
 */
export function useApp() {
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
    const problems = current?.problems ?? [];
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
