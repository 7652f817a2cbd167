import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleSizes, readManifest } from '../../scripts/bundle-sizes.mjs';
import { demo, heading, stored, useFreshOrigin } from './harness';

const app = useFreshOrigin();

/**
 * Opens `path` on a first visit with the writer held back (neither its worker nor its
 * on-page fallback loads until `release`), as on a slow device where it loads late.
 */
async function openWithoutWriter(path: string): Promise<{ page: Page; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await app.context.route(/\/assets\/(writer\.worker|browser)-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await app.context.newPage();
  await page.goto(`${app.base}${path}`);
  return { page, release };
}

const localeWorkerScript = /\/assets\/warmup\.worker-[\w-]+\.js$/;

const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));

describe('a first visit', () => {
  it('draws the front page from what it fetched, then the writer stores it', async () => {
    const { page, release } = await openWithoutWriter('/');
    for (const section of demo.site.sections) {
      await page.getByRole('heading', { level: 2, name: section.title }).waitFor();
    }
    await page.getByRole('link', { name: demo.worldNews.articles[0]!.title }).first().waitFor();
    expect(await databases(page)).toEqual([]);
    release();
    for (const section of demo.site.sections) await stored(page, 'pages', [section.slug, 1]);
  });

  it('draws an article from what it fetched, then the writer stores it', async () => {
    const article = demo.worldNews.articles[0]!;
    const { page, release } = await openWithoutWriter(`/article/${article.slug}`);
    await heading(page).filter({ hasText: article.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
    expect(await databases(page)).toEqual([]);
    release();
    await stored(page, 'articles', article.slug);
  });

  it.each([
    ['the front page', '/', demo.site.sections[0]!.title],
    [
      'an article',
      `/article/${demo.worldNews.articles[0]!.slug}`,
      demo.worldNews.articles[0]!.title,
    ],
  ])(
    'asks for the site document and the validator with the HTML, each once: %s',
    async (_, path, drawn) => {
      // The validator a first view draws fetched documents with: the preview's chunk and what
      // it imports that the entry does not. The entry would import it only once it had run.
      const dist = resolve('dist');
      const manifest = readManifest(dist);
      const entry = `/${manifest['index.html']?.file ?? 'missing entry'}`;
      const { firstView, firstVisit } = bundleSizes(dist);
      const validator = firstVisit.files
        .filter((file) => file.endsWith('.js') && !firstView.files.includes(file))
        .map((file) => `/${file}`);
      expect(validator).toContain(
        `/${manifest['src/data/first-visit/preview.ts']?.file ?? 'missing preview'}`,
      );
      // A context of its own (each test has one): nothing cached, no worker.
      const page = await app.context.newPage();
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.goto(`${app.base}${path}`);
      await page.getByRole('heading', { name: drawn }).first().waitFor();
      const timings = await page.evaluate(() =>
        Object.fromEntries(
          performance.getEntriesByType('resource').map((entry) => {
            const { initiatorType, startTime, responseEnd } = entry as PerformanceResourceTiming;
            return [new URL(entry.name).pathname, { initiatorType, startTime, responseEnd }];
          }),
        ),
      );
      const entryArrived = timings[entry]?.responseEnd ?? 0;
      expect(entryArrived).toBeGreaterThan(0);
      const early = (file: string) => ({
        path,
        file,
        asked: asked.filter((url) => url === file).length,
        beforeTheEntryArrived: (timings[file]?.startTime ?? Infinity) < entryArrived,
      });
      const once = (file: string) => ({ path, file, asked: 1, beforeTheEntryArrived: true });
      expect(timings['/content/site.json']?.initiatorType).toBe('link');
      for (const file of ['/content/site.json', ...validator]) {
        expect(early(file)).toEqual(once(file));
      }
    },
  );

  it('loads the locale data in a worker of its own, which then ends', async () => {
    const page = await app.context.newPage();
    const started = page.waitForEvent('worker', (worker) => localeWorkerScript.test(worker.url()));
    await page.goto(`${app.base}/`);
    const worker = await started;
    // It ended itself: nothing left running for the page's life.
    await new Promise<void>((resolve) => {
      if (!page.workers().includes(worker)) resolve();
      else worker.once('close', () => resolve());
    });
    expect(page.workers()).not.toContain(worker);
  });

  it('draws its first dates once the locale worker has loaded the data, not before', async () => {
    // The worker's script is held until the front page's documents have arrived: a page that
    // did not wait would draw its dates first, loading the locale data on its main thread.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.context.route(localeWorkerScript, async (route) => {
      await held;
      await route.continue();
    });
    await app.context.addInitScript(() => {
      const times = window as unknown as { warmAt?: number; firstDateAt?: number };
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (options?.name === 'paperboy-locale') {
            this.addEventListener('message', () => (times.warmAt ??= performance.now()));
          }
        }
      };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main time')) return;
        times.firstDateAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await app.context.newPage();
    const sectionPages = Promise.all(
      demo.site.sections.map((section) =>
        page.waitForResponse((response) => response.url().includes(`/sections/${section.slug}/`)),
      ),
    );
    await page.goto(`${app.base}/`);
    await sectionPages;
    release();
    await page.locator('main time').first().waitFor();
    const { warmAt, firstDateAt } = await page.evaluate(() => {
      const times = window as unknown as { warmAt?: number; firstDateAt?: number };
      return { warmAt: times.warmAt, firstDateAt: times.firstDateAt };
    });
    expect(warmAt).toBeDefined();
    expect(firstDateAt).toBeGreaterThanOrEqual(warmAt!);
  });

  it('draws the front page when the locale worker cannot load', async () => {
    await app.context.route(localeWorkerScript, (route) => route.abort());
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    for (const section of demo.site.sections) {
      await page.getByRole('heading', { level: 2, name: section.title }).waitFor();
    }
    await page.locator('main time').first().waitFor();
  });
});
