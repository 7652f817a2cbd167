import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useFreshOrigin } from './harness';
import { readFileSync } from 'node:fs';

/** Every article of World News, in section order, from the published pages. */
const worldNews = [1, 2, 3].flatMap(
  (page) =>
    (
      JSON.parse(readFileSync(`public/content/sections/world-news/${page}.json`, 'utf8')) as {
        articles: { slug: string; title: string }[];
      }
    ).articles,
);

const app = useFreshOrigin();

async function openSection(): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(`${app.base}/section/world-news`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await heading(page).filter({ hasText: 'World News' }).waitFor();
  return page;
}

async function startDownload(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Download for offline' }).click();
  await page.getByText(`About ${6 * 3} articles (3 pages) to keep on this device.`).waitFor();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
}

const progressText = (page: Page) => page.getByText(/Downloading \d+ of 13 articles/);

describe('download a section for offline', () => {
  it('downloads every page and article, then reads the whole section with no network', async () => {
    const page = await openSection();
    await startDownload(page);
    await page.getByText('All 13 articles are available offline.').waitFor();

    await app.server.stop();
    await app.context.setOffline(true);
    await page.reload();
    await heading(page).filter({ hasText: 'World News' }).waitFor();
    const older = page.getByRole('button', { name: 'Older articles' });
    await older.click();
    await older.click();
    await expect.poll(() => page.locator('main ol > li').count()).toBe(13);
    for (const article of worldNews) {
      await page.goto(`${app.base}/article/${article.slug}`);
      await heading(page).filter({ hasText: article.title }).waitFor();
      await page.locator('main .body p').first().waitFor();
    }
  });

  it('shows progress, can be cancelled, and resumes where it stopped', async () => {
    app.server.inject({ prefix: '/content/articles/', delayMs: 250 });
    const page = await openSection();
    await startDownload(page);
    await progressText(page).waitFor();
    await expect.poll(() => page.locator('progress').getAttribute('value')).not.toBe('0');
    await page.getByRole('button', { name: 'Cancel download' }).click();
    await page.getByText(/Download cancelled at \d+ of 13 articles/).waitFor();
    app.server.clearFaults();
    await page.getByRole('button', { name: 'Resume download' }).click();
    await page.getByText('All 13 articles are available offline.').waitFor();
  });

  it('carries on after a reload', async () => {
    app.server.inject({ prefix: '/content/articles/', delayMs: 250 });
    const page = await openSection();
    await startDownload(page);
    await expect.poll(() => page.locator('progress').getAttribute('value')).toMatch(/^[1-9]/);
    await page.reload();
    app.server.clearFaults();
    await page.getByText('All 13 articles are available offline.').waitFor();
  });

  it('pauses when the connection drops mid-download and resumes when it returns', async () => {
    app.server.inject({ prefix: '/content/articles/', delayMs: 250 });
    const page = await openSection();
    await startDownload(page);
    await expect.poll(() => page.locator('progress').getAttribute('value')).toMatch(/^[1-9]/);
    await app.context.setOffline(true);
    await page.getByText(/Download paused at \d+ of 13 articles/).waitFor();
    await page.getByText('It resumes when you are back online.').waitFor();
    app.server.clearFaults();
    await app.context.setOffline(false);
    await page.getByText('All 13 articles are available offline.').waitFor();
  });
});
