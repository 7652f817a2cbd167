import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { TestServer } from './server';

const server = new TestServer();
let browser: Browser;
let page: Page;
let problems: string[];
let closeContext: () => Promise<void>;

const site = JSON.parse(readFileSync('public/content/site.json', 'utf8')) as {
  title: string;
  sections: { slug: string; title: string }[];
};
const worldNewsPage1 = JSON.parse(
  readFileSync('public/content/sections/world-news/1.json', 'utf8'),
) as {
  articles: { slug: string; title: string }[];
};

beforeAll(async () => {
  await server.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

async function open(path: string): Promise<Page> {
  const opened = await openPage(browser);
  page = opened.page;
  problems = opened.problems;
  closeContext = () => opened.context.close();
  await page.goto(server.url + path);
  return page;
}

afterEach(async () => {
  server.clearFaults();
  await closeContext?.();
  expect(problems).toEqual([]);
});

const heading = (p: Page) => p.getByRole('heading', { level: 1 });

describe('reading the demo blog', () => {
  it('goes home → section → article → related post → back without reloading', async () => {
    await open('/');
    await expect.poll(() => page.title()).toBe(site.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const section of site.sections) {
      await page.getByRole('heading', { level: 2, name: section.title }).waitFor();
    }
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'World News' })
      .click();
    await heading(page).filter({ hasText: 'World News' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/section/world-news');

    const first = worldNewsPage1.articles[0]!;
    await page.getByRole('link', { name: first.title }).click();
    await heading(page).filter({ hasText: first.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/article/${first.slug}`);
    await expect.poll(() => page.title()).toBe(`${first.title} — ${site.title}`);
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
    await open('/section/world-news');
    const items = page.locator('main ol > li');
    await expect.poll(() => items.count()).toBe(6);
    const older = page.getByRole('button', { name: 'Older articles' });
    await older.click();
    await expect.poll(() => items.count()).toBe(12);
    // Focus moves to the first added article, so keyboard readers continue where the list grew.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.index)).toBe(
      '6',
    );
    await older.click();
    await expect.poll(() => items.count()).toBe(13);
    await expect.poll(() => older.count()).toBe(0);
  });

  it('returns to the same list and place in it on Back', async () => {
    await open('/section/world-news');
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
    const first = worldNewsPage1.articles[1]!;
    await open(`/article/${first.slug}`);
    await heading(page).filter({ hasText: first.title }).waitFor();
    await page.reload();
    await heading(page).filter({ hasText: first.title }).waitFor();
    await page.goto(`${server.url}/section/science`);
    await heading(page).filter({ hasText: 'Science' }).waitFor();
    await page.reload();
    await heading(page).filter({ hasText: 'Science' }).waitFor();
  });

  it('shows a not-found view inside the app for unknown slugs and paths', async () => {
    await open('/article/no-such-story');
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

  it('explains a server failure and recovers with Retry', async () => {
    const slug = worldNewsPage1.articles[2]!.slug;
    server.inject({ prefix: '/content/articles/', status: 503 });
    await open(`/article/${slug}`);
    await heading(page).filter({ hasText: 'The blog is having trouble' }).waitFor();
    server.clearFaults();
    await page.getByRole('button', { name: 'Retry' }).click();
    await heading(page).filter({ hasText: worldNewsPage1.articles[2]!.title }).waitFor();
  });

  it('renders the sanitized body with images that keep their space', async () => {
    const withFigure = readFileSync(
      'demo/articles/culture/larkhaven-players-turn-a-disused-ferry-terminal-into-a-theatre.html',
      'utf8',
    );
    expect(withFigure).toContain('<figure>');
    await open('/article/larkhaven-players-turn-a-disused-ferry-terminal-into-a-theatre');
    const figure = page.locator('main .body figure img');
    await figure.waitFor();
    expect(await figure.getAttribute('width')).toBe('1200');
    expect(await figure.getAttribute('loading')).toBe('lazy');
    await figure.scrollIntoViewIfNeeded();
    await expect
      .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await page.locator('main script').count()).toBe(0);
  });
});
