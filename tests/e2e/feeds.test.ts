import { describe, expect, it } from 'vitest';
import { relatedPosts, saveOpenArticle, useDemoBlog } from './blogs';
import { heading, useFreshOrigin } from './harness';

/**
 * The app reading the demo blog as a JSON Feed and as RSS 2.0 on another origin, as
 * config.json names them: sections cut from the feed, whole articles, and offline reading
 * with both servers stopped and the browser context offline.
 */
const app = useFreshOrigin();
const blog = useDemoBlog(app);

describe.each([
  ['a JSON Feed', () => blog.jsonFeed()],
  ['an RSS feed', () => blog.rss()],
] as const)('%s', (_name, open) => {
  it('shows Latest and its tags, an article whole, and reads it offline', async () => {
    const page = await open();
    await page.getByRole('heading', { level: 2, name: 'Latest' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Latest' })
      .click();
    await heading(page).filter({ hasText: 'Latest' }).waitFor();
    // The demo blog's 41 articles, 20 to a page.
    const items = page.locator('main ol.articles > li');
    await expect.poll(() => items.count()).toBe(20);
    await page.getByRole('button', { name: 'Older articles' }).click();
    await expect.poll(() => items.count()).toBe(40);
    const first = page.locator('main ol.articles h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await heading(page).filter({ hasText: title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    // A feed sends no related posts: they are found among the stored ones.
    const related = await relatedPosts(page);
    expect(related).toHaveLength(3);
    expect(related).not.toContain(title);
    await saveOpenArticle(page);
    await blog.goOffline(page);
    await page.reload();
    await heading(page).filter({ hasText: title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    expect(await relatedPosts(page)).toEqual(related);
  });
});
