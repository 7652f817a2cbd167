// Other formats' blogs read by the built app, as a deploy's config.json names them: an RSS
// feed of 1,000 items and a WordPress category of 100 posts (bench/blog-servers.mjs). For
// each, a fresh visit to the section: the requests made to the blog, and the time from the
// first of them to the section's list drawn.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedItems, startBenchBlogs, wordpressPosts } from './blog-servers.mjs';
import { freshContext } from './lib/browser.mjs';
import { BenchServer } from './server.mjs';
import { row } from './lib/stats.mjs';

const group = 'Other formats';

/**
 * @param {{ browser: import('playwright-core').Browser, build: import('./build.mjs').BenchBuild,
 *   runs: number, problems: import('./lib/browser.mjs').Problems, log: (line: string) => void }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchBlogs({ browser, build, runs, problems, log }) {
  const work = await mkdtemp(join(tmpdir(), 'paperboy-bench-formats-'));
  const blogs = await startBenchBlogs(work);
  /** @type {import('./lib/stats.mjs').Row[]} */
  const rows = [];
  try {
    for (const blog of [blogs.feed, blogs.wordpress]) {
      const root = join(work, `dist-${blog.kind}`);
      await cp(build.dist, root, { recursive: true });
      await writeFile(join(root, 'config.json'), JSON.stringify({ blog: blog.url }));
      const server = await new BenchServer({ root }).load();
      const base = await server.start();
      const blogOrigin = new URL(blog.url).origin;
      /** @type {number[]} */
      const times = [];
      /** @type {number[]} */
      const counts = [];
      /** @type {number[]} */
      const received = [];
      try {
        for (let run = 1; run <= runs; run += 1) {
          const context = await freshContext(browser, problems, 'formats');
          /** @type {number[]} */
          const asked = [];
          // The context's requests, the writer's worker's included.
          context.on('request', (request) => {
            if (request.url().startsWith(blogOrigin)) asked.push(Date.now());
          });
          /** @type {Promise<number>[]} */
          const bodies = [];
          context.on('requestfinished', (request) => {
            if (!request.url().startsWith(blogOrigin)) return;
            bodies.push(
              request.sizes().then(
                (sizes) => sizes.responseBodySize,
                () => 0,
              ),
            );
          });
          await context.addInitScript(() => {
            const drawn = () => {
              if (!document.querySelector('main ol.articles li')) return;
              /** @type {{ listDrawnAt?: number }} */ (window).listDrawnAt =
                performance.timeOrigin + performance.now();
              observer.disconnect();
            };
            const observer = new MutationObserver(drawn);
            observer.observe(document, { childList: true, subtree: true });
          });
          const page = await context.newPage();
          await page.goto(`${base}/section/${blog.section}`);
          await page.waitForFunction(() => 'listDrawnAt' in window, null, { timeout: 60_000 });
          const drawnAt = await page.evaluate(
            () =>
              /** @type {{ listDrawnAt: number }} */ (/** @type {unknown} */ (window)).listDrawnAt,
          );
          const first = asked[0] ?? NaN;
          times.push(drawnAt - first);
          counts.push(asked.filter((at) => at <= drawnAt).length);
          received.push((await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0));
          await context.close();
          log(
            `  ${blog.kind}: list drawn ${Math.round(drawnAt - first)} ms after the first request, ${counts.at(-1)} requests`,
          );
        }
      } finally {
        await server.stop();
      }
      const what =
        blog.kind === 'rss'
          ? `an RSS feed of ${feedItems} items, its Latest section`
          : `a WordPress category of ${wordpressPosts} posts`;
      rows.push(
        row({
          group,
          metric: `${what}: first request to the list drawn`,
          unit: 'ms',
          samples: times,
          note:
            'fresh context (a first visit), config.json naming the blog, both servers on ' +
            '127.0.0.1; from the first request to the blog to the first list item in the page',
        }),
        row({
          group,
          metric: `${what}: requests to the blog until the list is drawn`,
          unit: 'count',
          samples: counts,
        }),
        row({
          group,
          metric: `${what}: bytes received from the blog by then`,
          unit: 'B',
          samples: received,
          note:
            'bodies of the responses read to their end (the demo servers do not compress); one ' +
            'left after its start, as finding the kind of blog leaves it, is not counted',
        }),
      );
    }
  } finally {
    await blogs.close();
  }
  return rows;
}
