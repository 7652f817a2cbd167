import { expect, it } from 'vitest';
import { demo, heading, useFreshOrigin } from './harness';

/**
 * Queued while offline, proved with the network cut for real (the test server stopped AND
 * the context offline), a reload in between, and the network brought back.
 */
const app = useFreshOrigin();

// Listed on the front page, never opened: its text is not stored.
const wanted = demo.worldNews.articles[2]!;

it('gets an article asked for offline once back online, queued across a reload', async () => {
  const page = await app.visit();
  await heading(page).waitFor();
  await app.cutNetwork();
  await page.goto(`${app.base}/article/${wanted.slug}`);
  await page.getByRole('heading', { name: 'This article is not available offline' }).waitFor();
  await page.getByRole('button', { name: 'Get it when I’m back online' }).click();
  await page.getByText('Queued — it will download when you’re back online.').waitFor();

  // Still offline, the queue outlives the page.
  await page.goto(`${app.base}/saved`);
  await page.reload();
  const waiting = page.getByRole('region', { name: 'Waiting for a connection' });
  await waiting.getByRole('link', { name: wanted.title }).waitFor();
  await waiting.getByRole('button', { name: `Remove from queue: ${wanted.title}` }).waitFor();
  expect(await page.getByText('ready to read').count()).toBe(0);

  await app.restoreNetwork();
  const notice = page.getByRole('status').filter({ hasText: `“${wanted.title}” is ready to read` });
  await notice.waitFor();
  await waiting.getByText('Available offline').waitFor();
  expect(await waiting.getByRole('button').count()).toBe(0);

  // Stored, it reads with no network at all.
  await app.cutNetwork();
  await notice.getByRole('link', { name: 'Read it' }).click();
  await heading(page).filter({ hasText: wanted.title }).waitFor();
  await page.locator('main .body p').first().waitFor();
  expect(await notice.count()).toBe(0);
});

it('gets what was queued when the app next opens with a connection', async () => {
  const page = await app.visit();
  await heading(page).waitFor();
  await app.cutNetwork();
  await page.goto(`${app.base}/article/${wanted.slug}`);
  await page.getByRole('button', { name: 'Get it when I’m back online' }).click();
  await page.getByText('Queued — it will download when you’re back online.').waitFor();
  await page.close();

  await app.restoreNetwork();
  const next = await app.context.newPage();
  await next.goto(app.base + '/');
  const notice = next.getByRole('status').filter({ hasText: `“${wanted.title}” is ready to read` });
  await notice.getByRole('link', { name: 'Read it' }).click();
  await heading(next).filter({ hasText: wanted.title }).waitFor();
  await app.cutNetwork();
  await next.reload();
  await next.locator('main .body p').first().waitFor();
});
