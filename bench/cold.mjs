// First visit, online, nothing cached: LCP of the home page and of an article, each against
// the floor page in a fresh context with service workers blocked (nothing to help it either).
import { freshVisitLcp, waitForArticle, waitForList } from './lib/browser.mjs';
import { row } from './lib/stats.mjs';

const group = 'Cold first visit';

/**
 * @param {{ browser: import('playwright-core').Browser, server: import('./server.mjs').BenchServer,
 *   build: import('./build.mjs').BenchBuild, runs: number,
 *   problems: import('./lib/browser.mjs').Problems, log: (line: string) => void }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchCold({ browser, server, build, runs, problems, log }) {
  const { slug, title, path: floor } = build.floor;
  const base = await server.start();
  /** @type {Record<'home' | 'article' | 'floor' | 'homeRatio' | 'articleRatio', number[]>} */
  const samples = { home: [], article: [], floor: [], homeRatio: [], articleRatio: [] };

  /**
   * @param {string} path @param {(page: import('playwright-core').Page) => Promise<void>} ready
   * @param {boolean} [blockWorkers]
   */
  const visit = (path, ready, blockWorkers = false) =>
    freshVisitLcp(browser, problems, 'cold', base + path, ready, {
      serviceWorkers: blockWorkers ? 'block' : 'allow',
    });
  const article = (/** @type {import('playwright-core').Page} */ page) =>
    waitForArticle(page, title);

  try {
    for (let run = 1; run <= runs; run++) {
      // Alternating: app, floor, app, floor.
      const home = await visit('/', waitForList);
      const floorForHome = await visit(floor, article, true);
      const articleLcp = await visit(`/article/${slug}`, article);
      const floorForArticle = await visit(floor, article, true);
      samples.home.push(home);
      samples.article.push(articleLcp);
      samples.floor.push(floorForHome, floorForArticle);
      samples.homeRatio.push(home / floorForHome);
      samples.articleRatio.push(articleLcp / floorForArticle);
      log(
        `  cold ${run}/${runs}: home ${home.toFixed(0)} ms, article ${articleLcp.toFixed(0)} ms, ` +
          `floor ${floorForHome.toFixed(0)} / ${floorForArticle.toFixed(0)} ms`,
      );
    }
  } finally {
    await server.stop();
  }

  const note = 'fresh context, online; floor with service workers blocked';
  return [
    row({ group, metric: 'home LCP / floor', unit: 'ratio', samples: samples.homeRatio, note }),
    row({
      group,
      metric: 'article LCP / floor',
      unit: 'ratio',
      samples: samples.articleRatio,
      note: `/article/${slug}; ${note}`,
    }),
    row({ group, metric: 'home LCP', unit: 'ms', samples: samples.home }),
    row({ group, metric: 'article LCP', unit: 'ms', samples: samples.article }),
    row({ group, metric: 'floor LCP (no worker)', unit: 'ms', samples: samples.floor }),
  ];
}
