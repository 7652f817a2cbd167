import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp, type FaultCase } from './harness';

const { server, open } = useApp();
const article = demo.worldNews.articles[3]!;
const articlePath = `/content/articles/${article.slug}.json`;

const cases: FaultCase[] = [
  { name: 'HTTP 404', fault: { status: 404 }, title: 'This article doesn’t exist', retry: false },
  { name: 'HTTP 410', fault: { status: 410 }, title: 'This article doesn’t exist', retry: false },
  { name: 'HTTP 429', fault: { status: 429 }, title: 'The blog is having trouble' },
  { name: 'HTTP 503', fault: { status: 503 }, title: 'The blog is having trouble' },
  {
    name: 'a body that is not JSON',
    fault: { contentType: 'application/json', body: '<html>oops</html>' },
    title: 'The blog sent something unreadable',
  },
  {
    name: 'a wrong content type',
    fault: { contentType: 'text/html', body: '<!doctype html><p>app shell</p>' },
    title: 'The blog sent something else',
  },
  { name: 'a body cut short', fault: { mode: 'drop' }, title: 'The download was cut short' },
  {
    name: 'a document over the size bound',
    fault: { contentType: 'application/json', body: `"${'x'.repeat(5 * 1024 * 1024)}"` },
    title: 'This article is too large',
  },
  { name: 'a redirect loop', fault: { mode: 'loop' }, title: 'The blog’s server is misdirecting' },
];

async function showsArticle(page: Page) {
  await heading(page).filter({ hasText: article.title }).waitFor();
  await page.locator('main .body p').first().waitFor();
}

describe('network faults, each injected by the test server', () => {
  for (const { name, fault, title, retry = true } of cases) {
    it(`explains ${name} in plain words and recovers`, async () => {
      server.inject({ ...fault, prefix: articlePath });
      const page = await open(`/article/${article.slug}`);
      await page.getByRole('heading', { name: title }).waitFor({ timeout: 20_000 });
      server.clearFaults();
      if (retry) await page.getByRole('button', { name: 'Retry' }).click();
      else await page.reload();
      await showsArticle(page);
    });
  }

  it('abandons a request that never answers, retries with backoff, then offers Retry', async () => {
    server.inject({ prefix: articlePath, mode: 'hang' });
    server.requests.length = 0;
    const page = await open('/');
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    // Time runs fast from here: the 15 s bound and the backoff pass in a moment.
    await page.clock.install();
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/article/${article.slug}`);
    const gaveUp = page.getByRole('heading', { name: 'The blog is taking too long to answer' });
    // Each step lets the real network settle, then moves the page's clock on.
    for (let step = 0; step < 40 && !(await gaveUp.isVisible()); step += 1) {
      await page.waitForTimeout(50);
      await page.clock.runFor(2_500);
    }
    await gaveUp.waitFor();
    expect(server.requests.filter((path) => path === articlePath)).toHaveLength(3);
    server.clearFaults();
    await page.getByRole('button', { name: 'Retry' }).click();
    await showsArticle(page);
  }, 60_000);

  it('keeps what is stored when a refresh meets a fault', async () => {
    const page = await open(`/article/${article.slug}`);
    await showsArticle(page);
    server.inject({ prefix: articlePath, status: 503 });
    await page.clock.install();
    await page.clock.fastForward(10 * 60_000);
    await page.reload();
    await showsArticle(page);
    await page.getByText('Couldn’t check for updates.').waitFor({ timeout: 20_000 });
    await showsArticle(page);
  });
});
