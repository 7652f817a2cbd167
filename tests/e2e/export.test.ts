import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { open } = useApp();

const [first, second] = demo.worldNews.articles;

const entries = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('link').allInnerTexts();

async function goTo(page: Page, link: string, title: string) {
  await page.getByRole('link', { name: link, exact: true }).click();
  await heading(page).filter({ hasText: title }).waitFor();
}

/** A file damaged in its second half: refused whole, its first entry must not arrive either. */
const damaged = JSON.stringify({
  format: 'paperboy-export',
  version: 1,
  exportedAt: '2026-12-08T09:00:00.000Z',
  blog: { url: 'https://wherever.example/' },
  saved: [{ slug: 'never-imported', savedAt: '2026-12-08T09:00:00.000Z' }],
  history: [{ slug: 'never-imported' }],
});

describe('exporting and importing reading data', () => {
  it('carries saved articles and the history to a fresh browser, and refuses a bad file', async () => {
    const page = await open('/');
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await page.getByRole('link', { name: first!.title }).first().click();
    await page.locator('main .body p').first().waitFor();
    await page.goBack();
    await page.getByRole('link', { name: second!.title }).first().click();
    await page.locator('main .body p').first().waitFor();
    await page.getByRole('button', { name: `Save: ${second!.title}` }).click();
    await page.getByRole('button', { name: `Saved: ${second!.title}` }).waitFor();

    await goTo(page, 'Settings', 'Settings');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export reading data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^paperboy-127\.0\.0\.1-\d{4}-\d\d-\d\d\.json$/);
    // Read before the context closes: its downloads go with it.
    const exported = await readFile(await download.path());
    await page.getByText(/^Saved paperboy-.*to your downloads/).waitFor();
    expect(JSON.parse(exported.toString('utf8'))).toMatchObject({
      format: 'paperboy-export',
      version: 1,
      saved: [{ slug: second!.slug }],
    });
    await page.context().close();

    // Another browser: nothing stored, not even the front page.
    const fresh = await open('/settings');
    await heading(fresh).filter({ hasText: 'Settings' }).waitFor();
    const input = fresh.getByLabel('Import from a file…');
    await input.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(damaged),
    });
    await fresh
      .getByRole('alert')
      .filter({ hasText: /This file is damaged/ })
      .waitFor();
    await input.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: exported,
    });
    await fresh.getByText('Imported 1 saved article and 2 history entries.').waitFor();

    await goTo(fresh, 'Saved', 'Saved articles');
    await fresh.getByRole('link', { name: second!.title }).waitFor();
    expect(await fresh.getByRole('link', { name: 'never-imported' }).count()).toBe(0);
    await goTo(fresh, 'History', 'History');
    await expect.poll(() => entries(fresh)).toEqual([second!.title, first!.title]);
  });
});
