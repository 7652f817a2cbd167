import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { server, open } = useApp();
let page: Page;

describe('reading the demo blog', () => {
  it('goes home → section → article → related post → back without reloading', async () => {
    page = await open('/');
    await expect.poll(() => page.title()).toBe(demo.site.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const section of demo.site.sections) {
      await page.getByRole('heading', { level: 2, name: section.title }).waitFor();
    }
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'World News' })
      .click();
    await heading(page).filter({ hasText: 'World News' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/section/world-news');

    const first = demo.worldNews.articles[0]!;
    await page.getByRole('link', { name: first.title }).click();
    await heading(page).filter({ hasText: first.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/article/${first.slug}`);
    await expect.poll(() => page.title()).toBe(`${first.title} — ${demo.site.title}`);
    await expect
      .poll(() => page.locator('.byline time').first().getAttribute('datetime'))
      .toBeTruthy();
    expect(await page.getByRole('link', { name: 'World News' }).count()).toBeGreaterThan(0);

    const related = page.getByRole('region', { name: 'Related posts' });
    await related.waitFor();
    const relatedLinks = related
      .getByRole('link')
      .filter({ hasNot: page.locator('[rel~="author"]') });
    const relatedTitle = (await related
      .getByRole('heading', { level: 3 })
      .first()
      .textContent())!.trim();
    expect(await related.getByRole('heading', { level: 3 }).count()).toBe(3);
    await relatedLinks.filter({ hasText: relatedTitle }).click();
    await heading(page).filter({ hasText: relatedTitle }).waitFor();

    await page.goBack();
    await heading(page).filter({ hasText: first.title }).waitFor();
    await page.goBack();
    await heading(page).filter({ hasText: 'World News' }).waitFor();
    await page.goForward();
    await heading(page).filter({ hasText: first.title }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('appends older pages of a section until the last one', async () => {
    page = await open('/section/world-news');
    const items = page.locator('main ol > li');
    await items.first().waitFor();
    await expect.poll(() => items.count()).toBe(6);
    const older = page.getByRole('button', { name: 'Older articles' });
    await older.click();
    await expect.poll(() => items.count()).toBe(12);
    // Focus moves to the first added article, so keyboard readers continue where the list grew.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.index))
      .toBe('6');
    await older.click();
    await expect.poll(() => items.count()).toBe(13);
    await expect.poll(() => older.count()).toBe(0);
  });

  it('returns to the same list and place in it on Back', async () => {
    page = await open('/section/world-news');
    const items = page.locator('main ol > li');
    await page.getByRole('button', { name: 'Older articles' }).click();
    await expect.poll(() => items.count()).toBe(12);
    const last = items.nth(11).getByRole('link').first();
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await last.click();
    await heading(page).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expect.poll(() => items.count()).toBe(12);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  });

  it('opens deep links typed into the address bar and survives a reload', async () => {
    const first = demo.worldNews.articles[1]!;
    page = await open(`/article/${first.slug}`);
    await heading(page).filter({ hasText: first.title }).waitFor();
    await page.reload();
    await heading(page).filter({ hasText: first.title }).waitFor();
    await page.goto(`${server.url}/section/science`);
    await heading(page).filter({ hasText: 'Science' }).waitFor();
    await page.reload();
    await heading(page).filter({ hasText: 'Science' }).waitFor();
  });

  it('shows a not-found view inside the app for unknown slugs and paths', async () => {
    page = await open('/article/no-such-story');
    await heading(page).filter({ hasText: 'This article doesn’t exist' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Not found/);
    await page.goto(`${server.url}/section/gardening`);
    await heading(page).filter({ hasText: 'This section doesn’t exist' }).waitFor();
    await page.goto(`${server.url}/no/such/page`);
    await heading(page).filter({ hasText: 'This page doesn’t exist' }).waitFor();
    // The way back is offered right there.
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
  });
});
