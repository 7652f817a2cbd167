/// <reference lib="dom" />
// Debian's Chromium driven by playwright-core, and what every measurement needs from a page:
// a settled view, its largest contentful paint, and the problems the app reported.
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

export const viewport = { width: 1024, height: 800 };

export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
  return path;
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true });
}

/**
 * Console errors and uncaught errors seen anywhere in the run, counted by text, so the
 * report can say what looked wrong in the app while it was measured.
 */
export class Problems {
  /** @type {Map<string, number>} */
  counts = new Map();

  /** @param {BrowserContext} context @param {string} phase */
  watch(context, phase) {
    context.on('weberror', (error) => this.add(`${phase}: pageerror: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() === 'error') this.add(`${phase}: console: ${message.text()}`);
    });
  }

  /** @param {string} text */
  add(text) {
    this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
  }

  list() {
    return [...this.counts].map(([text, count]) => ({ text, count }));
  }
}

/**
 * A fresh context (its own storage, worker and HTTP cache).
 * @param {Browser} browser
 * @param {Problems} problems
 * @param {string} phase
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function freshContext(browser, problems, phase, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  problems.watch(context, phase);
  return context;
}

/**
 * The largest contentful paint of one visit to `url` in a fresh context, once `ready` says
 * the view is drawn.
 * @param {Browser} browser @param {Problems} problems @param {string} phase @param {string} url
 * @param {(page: Page) => Promise<void>} ready
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function freshVisitLcp(browser, problems, phase, url, ready, options = {}) {
  const context = await freshContext(browser, problems, phase, options);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    await settle(page);
    return await readLcp(page);
  } finally {
    await context.close();
  }
}

/** Two frames and a quiet moment: late paints and layout shifts have happened. @param {Page} page */
export async function settle(page, ms = 300) {
  await page.evaluate(
    (wait) =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait))),
      ),
    ms,
  );
}

/**
 * The page's largest contentful paint in ms since navigation start, from the buffered
 * PerformanceObserver entries (read after the page settled).
 * @param {Page} page
 * @returns {Promise<number>}
 */
export async function readLcp(page) {
  const lcp = await page.evaluate(
    () =>
      new Promise((done) => {
        const observer = new PerformanceObserver((list) => {
          const entries = list.getEntries();
          observer.disconnect();
          done(entries.at(-1)?.startTime ?? Number.NaN);
        });
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => done(Number.NaN), 2000);
      }),
  );
  if (typeof lcp !== 'number' || !Number.isFinite(lcp)) {
    throw new Error(`no largest-contentful-paint entry on ${page.url()}`);
  }
  return lcp;
}

/** The article view is shown: its title as the page's heading. @param {Page} page @param {string} title */
export async function waitForArticle(page, title, timeout = 15_000) {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout });
}

/** The home page's first article list is shown. @param {Page} page */
export async function waitForList(page, timeout = 15_000) {
  await page.locator(listSelector).first().waitFor({ timeout });
}

/** The first article of a list, by DOM only (an article card or a link to an article). */
export const listSelector = 'main article, main a[href*="/article/"]';
