import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useFreshOrigin } from './harness';

/** Search with the network cut for real: the test server stopped and the context offline. */
const app = useFreshOrigin();

const [first, second] = demo.worldNews.articles;

const articles = 'public/content/articles';

const wordsOf = (file: string): Set<string> => {
  const { html, title, excerpt } = JSON.parse(readFileSync(`${articles}/${file}`, 'utf8')) as {
    html: string;
    title: string;
    excerpt: string;
  };
  const text = `${title} ${excerpt} ${html.replace(/<[^>]+>/g, ' ')}`.toLowerCase();
  return new Set(text.match(/[a-z]{8,}/g) ?? []);
};

/** A long word no other demo article holds, so exactly one result is right. */
const onlyInFirst = (() => {
  const others = new Set(
    readdirSync(articles)
      .filter((file) => file !== `${first!.slug}.json`)
      .flatMap((file) => [...wordsOf(file)]),
  );
  const word = [...wordsOf(`${first!.slug}.json`)].find((candidate) => !others.has(candidate));
  if (!word) throw new Error('every long word of the first article is in another one');
  return word;
})();

async function visit(path: string): Promise<Page> {
  const page = await app.visit(path);
  await page.locator('main .body p').first().waitFor();
  return page;
}

const field = (page: Page) => page.getByRole('searchbox', { name: 'Search stored articles' });

describe('offline search', () => {
  it('finds a stored article with no network, as the reader types, and survives a reload', async () => {
    const page = await visit(`/article/${first!.slug}`);
    await page.goto(`${app.base}/article/${second!.slug}`);
    await page.locator('main .body p').first().waitFor();
    await app.cutNetwork();

    await field(page).waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-field');
    // A prefix: the word is still being typed.
    const typed = onlyInFirst.slice(0, -2);
    await page.keyboard.type(typed);
    await expect.poll(() => new URL(page.url()).search).toBe(`?q=${typed}`);
    const results = page.getByRole('main').getByRole('list');
    await results.getByRole('link', { name: first!.title }).waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);
    expect(await results.locator('mark').first().innerText()).toMatch(new RegExp(typed, 'i'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-field');

    // The URL is the state: a reload with no network shows the same results and query.
    await page.reload();
    await results.getByRole('link', { name: first!.title }).waitFor();
    await expect.poll(() => field(page).inputValue()).toBe(typed);

    await results.getByRole('link', { name: first!.title }).click();
    await heading(page).filter({ hasText: first!.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    await expect.poll(() => field(page).inputValue()).toBe('');
  });

  it('says what is stored when nothing matches, and keeps typing in the field', async () => {
    const page = await visit(`/article/${first!.slug}`);
    await app.cutNetwork();
    await field(page).fill('zzqx');
    await page.getByRole('heading', { level: 2, name: 'Nothing stored matches “zzqx”' }).waitFor();
    await page.getByText(/^Search looks through the/).waitFor();
    await page.keyboard.press('Backspace');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=zzq');
    // One history entry for the whole query: Back leaves search.
    await page.goBack();
    await heading(page).filter({ hasText: first!.title }).waitFor();
  });
});
