import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { open } = useApp();
const article = () => `/article/${demo.worldNews.articles[0]!.slug}`;

/** Heading levels in document order, for pages that must never skip a level. */
const headingLevels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
  );

describe('reading comfort', () => {
  it('offers a skip link first, which moves focus to the content', async () => {
    const page = await open(article());
    await heading(page).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    // Visible when focused, not clipped away.
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).pathname).toBe(article());
  });

  it('draws a visible focus ring on links', async () => {
    const page = await open(article());
    await heading(page).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
  });

  it('keeps headings in order on every screen', async () => {
    for (const path of ['/', '/section/world-news', article()]) {
      const page = await open(path);
      await heading(page).waitFor();
      await page
        .getByRole('link', { name: demo.worldNews.articles[1]!.title })
        .or(page.getByRole('region', { name: 'Related posts' }))
        .first()
        .waitFor();
      const levels = await headingLevels(page);
      expect(levels[0]).toBe(1);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) {
        expect(
          levels[i]! - levels[i - 1]!,
          `${path}: h${levels[i - 1]} then h${levels[i]}`,
        ).toBeLessThanOrEqual(1);
      }
    }
  });

  it('fits a 320 px screen without sideways scrolling, and keeps lines to a readable measure', async () => {
    const page = await open(article());
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('main .body p').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.setViewportSize({ width: 1600, height: 900 });
    const chars = await page
      .locator('main .body p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
        document.body.append(probe);
        const perChar = probe.getBoundingClientRect().width / 26;
        probe.remove();
        return p.getBoundingClientRect().width / perChar;
      });
    expect(chars).toBeGreaterThan(55);
    expect(chars).toBeLessThan(85);
  });

  it('follows the reader’s dark mode preference', async () => {
    const page = await open(article());
    await heading(page).waitFor();
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(light).toBe('rgb(253, 252, 250)');
    expect(dark).toBe('rgb(21, 22, 26)');
  });
});
