import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, stored, useApp, type FaultCase } from './harness';

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
    await hurryWriter(page);
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/article/${article.slug}`);
    // Three attempts of 15 s each and the backoff between them: about half a second here.
    await page
      .getByRole('heading', { name: 'The blog is taking too long to answer' })
      .waitFor({ timeout: 20_000 });
    expect(server.requests.filter((path) => path === articlePath)).toHaveLength(3);
    server.clearFaults();
    await page.getByRole('button', { name: 'Retry' }).click();
    await showsArticle(page);
  }, 60_000);

  it('keeps what is stored when a refresh meets a fault', async () => {
    const page = await open(`/article/${article.slug}`);
    await showsArticle(page);
    await stored(page, 'articles', article.slug);
    await ageStoredArticle(page, article.slug, 10 * 60_000);
    server.inject({ prefix: articlePath, status: 503 });
    await page.reload();
    await showsArticle(page);
    await page.getByText('Couldn’t check for updates.').waitFor({ timeout: 20_000 });
    await showsArticle(page);
  });
});

/**
 * Time runs a hundred times faster in the writer's worker, where the downloads and their
 * timers run (Playwright's fake clock reaches pages only).
 */
async function hurryWriter(page: Page): Promise<void> {
  const isWriter = (worker: Worker) => worker.url().includes('writer.worker');
  const writer =
    page.workers().find(isWriter) ??
    (await page.waitForEvent('worker', { predicate: isWriter, timeout: 10_000 }));
  await writer.evaluate(() => {
    const real = globalThis.setTimeout;
    globalThis.setTimeout = ((handler: () => void, ms = 0) =>
      real(handler, ms / 100)) as typeof setTimeout;
  });
}

/** Makes the stored copy of an article look fetched `ms` earlier, as time passing would. */
async function ageStoredArticle(page: Page, slug: string, ms: number): Promise<void> {
  await page.evaluate(
    ({ slug, ms }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('paperboy');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const articles = db.transaction('articles', 'readwrite').objectStore('articles');
          const reading = articles.get(slug);
          reading.onsuccess = () => {
            const stored = reading.result as { fetchedAt: number };
            articles.put({ ...stored, fetchedAt: stored.fetchedAt - ms });
            articles.transaction.oncomplete = () => (db.close(), resolve());
            articles.transaction.onerror = () => reject(articles.transaction.error);
          };
        };
      }),
    { slug, ms },
  );
}
