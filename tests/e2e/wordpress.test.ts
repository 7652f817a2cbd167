import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relatedPosts, saveOpenArticle, useDemoBlog } from './blogs';
import { demo, heading, useFreshOrigin } from './harness';

/** How many pages are kept for the service worker to answer article addresses with. */
const keptPages = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('paperboy-kept-pages');
    return (await cache.keys()).length;
  });

/**
 * The app reading a WordPress site on another origin, as a deploy's config.json names it:
 * the demo blog served over WordPress's REST API (scripts/demo-blogs/), CORS as WordPress
 * sends it. Offline means both servers stopped and the browser context offline.
 */
const app = useFreshOrigin();
const blog = useDemoBlog(app);

const [newest] = demo.worldNews.articles;

describe('a WordPress site', () => {
  it('shows its sections, a section, an article and saves it, then reads it offline', async () => {
    const page = await blog.wordpress();
    await expect.poll(() => page.title()).toBe(demo.site.title);
    for (const section of demo.site.sections) {
      await page.getByRole('heading', { level: 2, name: section.title }).waitFor();
    }
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'World News' })
      .click();
    await heading(page).filter({ hasText: 'World News' }).waitFor();
    await page.getByRole('link', { name: newest!.title }).first().click();
    await heading(page).filter({ hasText: newest!.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    const requests = [...blog.requests];
    // The section's page brought the article whole: opening it asked for nothing more.
    expect(requests.filter((url) => url.includes('slug='))).toEqual([]);
    // WordPress sends no related posts: they are found among the stored ones.
    const related = await relatedPosts(page);
    expect(related).toHaveLength(3);
    expect(related).not.toContain(newest!.title);
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Related posts' }).getByText('Available offline').count(),
      )
      .toBe(3);
    await saveOpenArticle(page);
    await blog.goOffline(page);
    await page.goto(`${app.base}/saved`);
    await page.getByRole('link', { name: newest!.title }).first().click();
    await heading(page).filter({ hasText: newest!.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    expect(await relatedPosts(page)).toEqual(related);
  });

  it('shows the related posts Jetpack names, where the site runs it', async () => {
    const page = await blog.wordpress({ jetpack: true });
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await page.goto(`${app.base}/article/${newest!.slug}`);
    await heading(page).filter({ hasText: newest!.title }).waitFor();
    const doc = JSON.parse(
      readFileSync(`public/content/articles/${newest!.slug}.json`, 'utf8'),
    ) as { related: { title: string }[] };
    expect(await relatedPosts(page)).toEqual(doc.related.map((entry) => entry.title));
    expect(blog.requests.some((url) => url.includes('orderby=include'))).toBe(true);
  });

  it('keeps its store apart from the build’s own blog', async () => {
    const page = await blog.wordpress();
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    const names = await page.evaluate(async () =>
      (await indexedDB.databases()).map((info) => info.name),
    );
    expect(names).toContainEqual(expect.stringMatching(/^paperboy-[0-9a-z]+$/));
    expect(names).not.toContain('paperboy');
  });

  it('reads a site whose pretty permalinks are off, through ?rest_route=', async () => {
    const page = await blog.wordpress({ pretty: false });
    await page.getByRole('heading', { level: 2, name: 'Science' }).waitFor();
    expect(blog.requests.some((url) => url.includes('rest_route=%2Fwp%2Fv2%2Fposts'))).toBe(true);
  });

  it('says a password-protected post is protected, with a link to the post on the site', async () => {
    const page = await blog.wordpress({ protectedSlugs: [newest!.slug] });
    await page.goto(`${app.base}/article/${newest!.slug}`);
    await page
      .getByRole('heading', { level: 2, name: 'This post is password protected' })
      .waitFor();
    const link = page.getByRole('link', { name: 'Open it on the blog' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/${newest!.slug}/$`));
  });
});

describe('switching blogs in Settings', () => {
  it('asks first, keeps each blog apart, and finds the first one’s saved articles on return', async () => {
    const origin = await blog.serveWordPress();
    const page = await app.context.newPage();
    await page.goto(`${app.base}/article/${newest!.slug}`);
    await heading(page).filter({ hasText: newest!.title }).waitFor();
    await saveOpenArticle(page);
    // The page kept for the service worker to answer this article's address with.
    await expect.poll(() => keptPages(page)).toBeGreaterThan(0);

    await page.goto(`${app.base}/settings`);
    await page.getByText(/Reading My Blog, a Paperboy blog/).waitFor();
    await page.getByLabel('Another blog’s address').fill(`${origin}/`);
    await page.getByLabel('Another blog’s address').press('Enter');
    await page.getByText('My Blog is a WordPress site. Switch to it?').waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Switch to My Blog' }).click(),
    ]);
    await page.goto(`${app.base}/settings`);
    await page.getByText(/Reading My Blog, a WordPress site/).waitFor();
    // The other blog's articles have the same addresses: its pages are gone.
    expect(await keptPages(page)).toBe(0);
    await page.goto(`${app.base}/saved`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: newest!.title }).count()).toBe(0);

    await page.goto(`${app.base}/settings`);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Go back to this app’s own blog' }).click(),
    ]);
    await page.goto(`${app.base}/saved`);
    await page.getByRole('link', { name: newest!.title }).first().waitFor();
  });
});

describe('config.json', () => {
  it('names itself when it cannot be read, instead of a blank page', async () => {
    app.server.inject({
      prefix: '/config.json',
      contentType: 'application/json',
      body: '{"blog": ',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('heading', { level: 1, name: 'config.json cannot be read' }).waitFor();
    await page.getByRole('button', { name: 'Reload' }).waitFor();
  });
});
