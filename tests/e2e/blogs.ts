import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { createFeedServer } from '../../scripts/demo-blogs/feeds.mjs';
import type { DemoServer } from '../../scripts/demo-blogs/http.d.mts';
import { createWordPressServer } from '../../scripts/demo-blogs/wordpress.mjs';
import type { useFreshOrigin } from './harness';

type WordPressOptions = Parameters<typeof createWordPressServer>[0];

/**
 * A blog on another origin (the demo blog as WordPress or a feed, from scripts/demo-blogs/),
 * named by the app's config.json; stopped after each test.
 */
export function useDemoBlog(app: ReturnType<typeof useFreshOrigin>) {
  let server: DemoServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  async function open(started: DemoServer, address: (origin: string) => string): Promise<Page> {
    server = started;
    const origin = await started.start();
    app.server.documents.set('/config.json', { blog: address(origin) });
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    return page;
  }
  return {
    get requests(): string[] {
      return server?.requests ?? [];
    },
    stop: () => server?.stop(),
    /** With the service worker ready: the blog's server and the app's stop, the context goes offline. */
    async goOffline(page: Page): Promise<void> {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await server?.stop();
      await app.cutNetwork();
    },
    /** Serves WordPress without naming it in config.json: the reader will, in Settings. */
    async serveWordPress(): Promise<string> {
      server = createWordPressServer();
      return server.start();
    },
    /** The app reading WordPress, at its home by default. */
    wordpress: (options: WordPressOptions = {}, address = (origin: string) => `${origin}/`) =>
      open(createWordPressServer(options), address),
    jsonFeed: () =>
      open(createFeedServer({ format: 'json-feed' }), (origin) => `${origin}/feed.json`),
    rss: () => open(createFeedServer({ format: 'rss' }), (origin) => `${origin}/feed.xml`),
  };
}

/** Saves the article on screen, and waits until the button says so. */
export async function saveOpenArticle(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^Save: / })
    .first()
    .click();
  await page
    .getByRole('button', { name: /^Saved: / })
    .first()
    .waitFor();
}

/** The titles under "Related posts", once they are drawn. */
export async function relatedPosts(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Related posts' });
  await region.getByRole('link').first().waitFor();
  return region.getByRole('heading', { level: 3 }).allInnerTexts();
}
