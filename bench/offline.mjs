/// <reference lib="dom" />
// Repeat visit with no network: the article's largest contentful paint when the app opens
// offline from its service worker and IndexedDB, against the floor page (same text, static,
// precached by the same worker) loaded the same way in the same context, in alternation.
import { freshContext, readLcp, settle, waitForArticle } from './lib/browser.mjs';
import { row } from './lib/stats.mjs';
import { Workers } from './lib/workers.mjs';

const group = 'Offline repeat visit';

/**
 * @param {{ browser: import('playwright-core').Browser, server: import('./server.mjs').BenchServer,
 *   build: import('./build.mjs').BenchBuild, runs: number,
 *   problems: import('./lib/browser.mjs').Problems, log: (line: string) => void }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchOffline({ browser, server, build, runs, problems, log }) {
  const { slug, title, path: floor } = build.floor;
  /** @type {Record<'running' | 'stopped', { app: number[], floor: number[], ratio: number[] }>} */
  const samples = {
    running: { app: [], floor: [], ratio: [] },
    stopped: { app: [], floor: [], ratio: [] },
  };

  for (let run = 1; run <= runs; run++) {
    // A new port is a new origin: a fresh worker, fresh caches, a fresh IndexedDB.
    const base = await server.start();
    const context = await freshContext(browser, problems, 'offline');
    try {
      const page = await context.newPage();
      await warmUp(page, base, slug, title, floor);
      const workers = await Workers.attach(page, `${base}/`);
      await server.stop();
      await context.setOffline(true);

      /** @param {string} url */
      const measure = async (url) => {
        await page.goto(url);
        await waitForArticle(page, title);
        await settle(page);
        return readLcp(page);
      };
      for (const mode of /** @type {const} */ (['running', 'stopped'])) {
        /** @type {number[]} */
        const pair = [];
        // App first, then floor: the same order in every run, alternating across the run.
        for (const url of [`${base}/article/${slug}`, `${base}${floor}`]) {
          if (mode === 'running') await workers.ensureRunning();
          else await workers.stopAll();
          pair.push(await measure(url));
        }
        const [app = Number.NaN, floorLcp = Number.NaN] = pair;
        samples[mode].app.push(app);
        samples[mode].floor.push(floorLcp);
        samples[mode].ratio.push(app / floorLcp);
      }
      const r = samples.running;
      const s = samples.stopped;
      log(
        `  offline ${run}/${runs}: worker running ${r.app.at(-1)?.toFixed(0)} / ${r.floor.at(-1)?.toFixed(0)} ms, ` +
          `stopped ${s.app.at(-1)?.toFixed(0)} / ${s.floor.at(-1)?.toFixed(0)} ms`,
      );
    } finally {
      await context.close();
      await server.stop();
    }
  }

  const note = `/article/${slug} vs ${floor}, offline (server stopped, context offline)`;
  return [
    row({
      group,
      metric: 'article LCP / floor, worker running',
      unit: 'ratio',
      samples: samples.running.ratio,
      target: '≤ 1.3',
      check: (median) => median <= 1.3,
      note,
    }),
    row({
      group,
      metric: 'article LCP / floor, worker stopped',
      unit: 'ratio',
      samples: samples.stopped.ratio,
      target: '≤ 1.5',
      check: (median) => median <= 1.5,
      note,
    }),
    row({ group, metric: 'article LCP, worker running', unit: 'ms', samples: samples.running.app }),
    row({ group, metric: 'floor LCP, worker running', unit: 'ms', samples: samples.running.floor }),
    row({ group, metric: 'article LCP, worker stopped', unit: 'ms', samples: samples.stopped.app }),
    row({ group, metric: 'floor LCP, worker stopped', unit: 'ms', samples: samples.stopped.floor }),
  ];
}

/**
 * Online once, the way a reader's first visit leaves things: the worker installed and in
 * control, the article read into IndexedDB, the floor page opened once.
 * @param {import('playwright-core').Page} page @param {string} base @param {string} slug
 * @param {string} title @param {string} floor
 */
export async function warmUp(page, base, slug, title, floor) {
  await page.goto(`${base}/article/${slug}`);
  await waitForArticle(page, title);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Requests made before the worker controlled the page were not cached by it: reload once.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitForArticle(page, title);
  await settle(page);
  // Read, the article's page is kept for the next visit once the browser is idle.
  await page.waitForFunction(
    (path) => caches.match(path, { cacheName: 'paperboy-kept-pages' }).then(Boolean),
    `/article/${slug}`,
  );
  await page.goto(`${base}${floor}`);
  await waitForArticle(page, title);
}
