import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { open } = useApp();

const [article] = demo.worldNews.articles;

describe('reading position', () => {
  it('comes back where the reader left off, lists it on Home, and goes back to the top', async () => {
    const page = await open(`/article/${article!.slug}`);
    // A narrow, short screen: the body runs over several.
    await page.setViewportSize({ width: 320, height: 400 });
    await heading(page).filter({ hasText: article!.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    // Half way down the body itself: the related posts below it arrive later, and half the
    // whole page can lie past the body's end, which is read to the end, not part-way.
    await page.evaluate(() => {
      const box = document.querySelector('main .body')!.getBoundingClientRect();
      window.scrollTo(0, box.top + window.scrollY + (box.height - innerHeight) / 2);
    });
    const left = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: 'Back to the top' }).waitFor();
    await expect
      .poll(() =>
        page.getByRole('progressbar', { name: 'How far you have read' }).getAttribute('value'),
      )
      .not.toBe('0');

    // Kept once the reader pauses: Home offers to continue it.
    await page.waitForTimeout(800);
    // Dispatched, not clicked: a click first scrolls the brand into view, to the page's top,
    // and that scroll is read (and kept) as the reader going back up.
    await page.getByRole('link', { name: demo.site.title }).first().dispatchEvent('click');
    const continuing = page.getByRole('region', { name: 'Continue reading' });
    await continuing.getByRole('link', { name: article!.title }).waitFor();
    expect(await continuing.getByText(/^\d+% read$/).innerText()).toMatch(/^([1-9]\d?)% read$/);

    await continuing.getByRole('link', { name: article!.title }).click();
    await heading(page).filter({ hasText: article!.title }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left * 0.8);

    // And after a reload, with the app's server still answering from its cache first.
    await page.reload();
    await heading(page).filter({ hasText: article!.title }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left * 0.8);

    await page.getByRole('button', { name: 'Back to the top' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
