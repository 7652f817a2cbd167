import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { open } = useApp();

const [first, second] = demo.worldNews.articles;

/** Opens an article from the front page, as a reader would, and comes back. */
async function read(page: Page, article: { slug: string; title: string }) {
  await page.getByRole('link', { name: article.title }).first().click();
  await heading(page).filter({ hasText: article.title }).waitFor();
  await page.locator('main .body p').first().waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
}

const entries = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('link').allInnerTexts();

describe('the history', () => {
  it('lists what was read by day, forgets one entry, and clears all after asking', async () => {
    const page = await open('/');
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await read(page, first!);
    await read(page, second!);
    // Cards say an article was read in words, not by colour alone.
    const card = page.locator('article.card', {
      has: page.getByRole('link', { name: first!.title }),
    });
    await card.first().getByText('Read', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'History' }).click();
    await heading(page).filter({ hasText: 'History' }).waitFor();
    const today = page.getByRole('region', { name: 'Today' });
    await expect.poll(() => entries(page)).toEqual([second!.title, first!.title]);
    expect(await today.getByText('Available offline').count()).toBe(2);

    await page.getByRole('button', { name: `Remove from history: ${second!.title}` }).click();
    await expect.poll(() => entries(page)).toEqual([first!.title]);

    await page.getByRole('button', { name: 'Clear history…' }).click();
    await page.getByRole('button', { name: 'Yes, clear history' }).click();
    await page.getByText('History cleared.').waitFor();
    await page.getByText(/Nothing read yet/).waitFor();
  });

  it('survives “Clear offline data” unless the reader clears it too', async () => {
    const page = await open('/');
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await read(page, first!);
    const clear = async (withHistory: boolean) => {
      await page.getByRole('link', { name: 'Settings' }).click();
      if (withHistory)
        await page.getByLabel('Also clear the history and reading positions').check();
      await page.getByRole('button', { name: 'Clear offline data…' }).click();
      await page.getByRole('button', { name: 'Yes, clear' }).click();
      await page.getByText(/Offline data cleared/).waitFor();
      await page.getByRole('link', { name: 'History' }).click();
      await heading(page).filter({ hasText: 'History' }).waitFor();
    };
    await clear(false);
    const entry = page.getByRole('main').getByRole('listitem');
    await expect.poll(() => entries(page)).toEqual([first!.title]);
    // Named still, though its text is gone from the device.
    expect(await entry.getByText('Available offline').count()).toBe(0);
    await clear(true);
    await page.getByText(/Nothing read yet/).waitFor();
  });
});
