import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { server, open } = useApp();
let page: Page;

describe('layout and body rendering', () => {
  it('loads home, a section and an article without shifting the layout', async () => {
    const paths = ['/', '/section/world-news', `/article/${demo.worldNews.articles[0]!.slug}`];
    for (const [index, path] of paths.entries()) {
      if (index === 0) page = await open('about:blank');
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            w.shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(server.url + path);
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      expect({ path, shift }).toEqual({ path, shift: 0 });
    }
  });

  it('renders the sanitized body with images that keep their space', async () => {
    const withFigure = readFileSync(
      'demo/articles/culture/larkhaven-players-turn-a-disused-ferry-terminal-into-a-theatre.html',
      'utf8',
    );
    expect(withFigure).toContain('<figure>');
    page = await open('/article/larkhaven-players-turn-a-disused-ferry-terminal-into-a-theatre');
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
