import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bundleSizes } from '../../scripts/bundle-sizes.mjs';
import { findChromium } from '../../scripts/chromium.mjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { heading } from './harness';
import { TestServer } from './server';

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let base: string;
let builds: string;

/** Two builds of the app that differ only in their build id: version 1, then version 2. */
function build(id: string): string {
  const outDir = join(builds, id);
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir'], {
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle.
    env: { ...process.env, NODE_ENV: 'production', PAPERBOY_BUILD_ID: id },
    stdio: 'ignore',
  });
  return outDir;
}

beforeAll(async () => {
  builds = mkdtempSync(join(tmpdir(), 'paperboy-builds-'));
  build('version-1');
  build('version-2');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(builds, { recursive: true, force: true });
});

beforeEach(async () => {
  server = new TestServer(join(builds, 'version-1'));
  base = await server.start();
  context = await browser.newContext();
});

afterEach(async () => {
  await context?.close();
  await server.stop();
});

async function controlled(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  return page;
}

describe('installable app', () => {
  it('has no installability errors in Chromium', async () => {
    // Installability needs a real profile: a fresh context counts as incognito.
    const profile = mkdtempSync(join(tmpdir(), 'paperboy-profile-'));
    const persistent = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
    });
    const page = persistent.pages()[0] ?? (await persistent.newPage());
    await page.goto(`${base}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await persistent.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    await persistent.close();
    rmSync(profile, { recursive: true, force: true });
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await fetch(`${base}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'My Blog',
      short_name: 'My Blog',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => icon)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      ]),
    );
  });

  it('links the manifest once the first view is drawn, not in the served page', async () => {
    for (const path of ['/', '/article/any']) {
      expect(await (await fetch(base + path)).text()).not.toMatch(/rel="manifest"/);
    }
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await heading(page).waitFor({ state: 'attached' });
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href')),
      )
      .toBe('/manifest.webmanifest');
  });

  it('shows Install only when the browser offers installation, moving nothing', async () => {
    const page = await controlled('/');
    await heading(page).waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Install' }).count()).toBe(0);
    await offerInstall(page);
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Install' }).count()).toBe(0);
    await offerInstall(page);
    // The offer arrives seconds after load; it overlays the page and shifts none of it.
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              sum += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          // The observer reports nothing at all when nothing shifted.
          setTimeout(() => done(sum), 500);
        }),
    );
    expect(shifted).toBe(0);
    await page.getByRole('button', { name: 'Install' }).click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
      true,
    );
    await expect.poll(() => page.getByRole('button', { name: 'Install' }).count()).toBe(0);
  });

  async function offerInstall(page: Page): Promise<void> {
    await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
        prompt: () => Promise<void>;
        userChoice: Promise<{ outcome: string }>;
      };
      offer.prompt = async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      };
      offer.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(offer);
    });
    await page.getByRole('button', { name: 'Install' }).waitFor();
  }

  it('links a raster favicon, cached by the worker so it shows offline too', async () => {
    // Chromium draws an SVG favicon as a whole SVG document on the page's main thread.
    const page = await controlled('/');
    const icon = await page.evaluate(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      return { type: link?.type, path: link && new URL(link.href).pathname };
    });
    expect(icon.type).toBe('image/png');
    // Icons are kept beside the precache, in the worker's cache of extras (src/sw/sw.ts).
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
      return keys.flat().map((request) => new URL(request.url).pathname);
    });
    expect(cached).toContain(icon.path);
  });

  it('still installs its worker when a precached extra is missing on the server', async () => {
    server.inject({ prefix: '/icons/icon-512.png', status: 404 });
    const page = await controlled('/');
    await server.stop();
    await context.setOffline(true);
    await page.goto(`${base}/settings`);
    await heading(page).filter({ hasText: 'Settings' }).waitFor();
  });
});

describe('a first visit', () => {
  it('installs the worker once the front page is drawn, so the install never slows it', async () => {
    // The sections' first pages are held back: until they arrive the front page cannot draw.
    server.inject({ prefix: '/content/sections/', delayMs: 1500 });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect.poll(() => server.requests.includes('/content/site.json')).toBe(true);
    await page.waitForTimeout(1000);
    expect(server.requests).not.toContain('/sw.js');
    await page.getByRole('heading', { name: 'World News', level: 2 }).waitFor();
    await expect.poll(() => server.requests.includes('/sw.js')).toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });
});

describe('the worker’s answers', () => {
  it('answers app routes with a page that asks for neither content nor the validator early: it reads the store', async () => {
    const page = await controlled('/');
    await page.goto(`${base}/section/world-news`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('#app').count()).toBe(1);
    expect(await page.locator('link[rel="preload"][as="fetch"]').count()).toBe(0);
    // The build this server serves, whose host page preloads them.
    const { firstView, firstVisit } = bundleSizes(join(builds, 'version-1'));
    const firstVisitOnly = firstVisit.files.filter((file) => !firstView.files.includes(file));
    expect(firstVisitOnly.length).toBeGreaterThan(0);
    const preloads = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(preloads.length).toBeGreaterThan(0);
    for (const file of firstVisitOnly) expect(preloads).not.toContain(`/${file}`);
    const preloaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'link')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/content/')),
    );
    expect(preloaded).toEqual([]);
  });

  it('answers app routes with the shell but never files or content JSON', async () => {
    const page = await controlled('/');
    for (const path of ['/content/nope.json', '/assets/nope.js', '/nope.png']) {
      const response = await page.goto(base + path);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      expect(await page.content()).not.toContain('id="app"');
    }
    await server.stop();
    await context.setOffline(true);
    await expect(page.goto(`${base}/content/site.json`)).rejects.toThrow();
    const tab = await context.newPage();
    const shell = await tab.goto(`${base}/section/anything-at-all`);
    expect(shell?.ok()).toBe(true);
    await heading(tab).filter({ hasText: 'This section doesn’t exist' }).waitFor();
  });
});

const precachedScripts = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.includes('precache'));
    const keys = name ? await (await caches.open(name)).keys() : [];
    return keys.map((request) => new URL(request.url).pathname).filter((p) => p.endsWith('.js'));
  });

describe('updates', () => {
  it('announces a new version, and Reload brings it in this tab only, once', async () => {
    const page = await controlled('/settings');
    await page.getByText('version built version-1').waitFor();
    const other = await context.newPage();
    await other.goto(`${base}/settings`);
    await other.getByText('version built version-1').waitFor();
    await other.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    let loads = 0;
    page.on('load', () => (loads += 1));
    const oldScripts = await precachedScripts(page);
    expect(oldScripts.length).toBeGreaterThan(0);

    server.serve(join(builds, 'version-2'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.getByText('version built version-2').waitFor();
    // One reload, no loop.
    await page.waitForTimeout(1000);
    expect(loads).toBe(1);
    // The old version's files are gone from the cache; files both builds share may stay.
    const version2 = new Set(
      readdirSync(join(builds, 'version-2', 'assets')).map((file) => `/assets/${file}`),
    );
    const replaced = oldScripts.filter((path) => !version2.has(path));
    expect(replaced.length).toBeGreaterThan(0);
    const newScripts = await precachedScripts(page);
    expect(newScripts.filter((path) => !version2.has(path))).toEqual([]);
    // The other tab was not reloaded under the reader's eyes.
    expect(await other.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});
