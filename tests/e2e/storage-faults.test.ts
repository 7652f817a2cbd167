import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, stored, useFreshOrigin } from './harness';

const app = useFreshOrigin();

const article = demo.worldNews.articles[0]!;

/** The version the browser holds the app's database at, read in `page`. */
const databaseVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('paperboy');
        probe.onsuccess = () => (probe.result.close(), resolve(probe.result.version));
        probe.onerror = () => reject(probe.error);
      }),
  );

/** What a newer Paperboy does: opens the app's database at `version`, then closes it. */
const openAt = (page: Page, version: number) =>
  page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('paperboy', version);
        opening.onsuccess = () => (opening.result.close(), resolve());
        opening.onerror = () => reject(opening.error);
      }),
    version,
  );

describe('storage faults in Chromium', () => {
  it('reads online from memory when IndexedDB is unavailable, and says offline reading is off', async () => {
    await app.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('status').filter({ hasText: 'Offline reading is off.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await page.getByRole('link', { name: article.title }).first().click();
    await heading(page).filter({ hasText: article.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
  });

  it('tells an older tab to reload when a newer version of the database opens', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await stored(page, 'site', 'site');
    // What a newer Paperboy in another tab does: open the same database at a higher version.
    await openAt(page, (await databaseVersion(page)) + 1);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Paperboy was updated in another tab.' })
      .waitFor();
  });

  it('keeps a tab on older code out of a database a newer version has already upgraded', async () => {
    const first = await app.context.newPage();
    await first.goto(`${app.base}/`);
    await first.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await stored(first, 'site', 'site');
    // A newer Paperboy upgrades the database to its own version (Dexie's tens), then closes.
    const newer = (Math.floor((await databaseVersion(first)) / 10) + 1) * 10;
    await openAt(first, newer);
    await first.close();
    // This code, opened after it, reads what is stored but neither writes nor reshapes it.
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Paperboy was updated in another tab.' })
      .waitFor();
    expect(await databaseVersion(page)).toBe(newer);
    // An article never opened cannot be stored now: the reader is told to reload, not to retry.
    await page.getByRole('link', { name: article.title }).first().click();
    await page.getByRole('heading', { name: 'Reload to keep reading' }).waitFor();
  });
});
