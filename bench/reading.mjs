/// <reference lib="dom" />
// A long reading session on a synthetic blog: one page, 200 different articles opened
// in-app (a same-origin link click, which the app's router handles), the main-thread script
// time each view costs, and the JS heap left after them all once garbage is collected.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freshContext, settle, waitForList } from './lib/browser.mjs';
import { row } from './lib/stats.mjs';

const group = 'Reading (synthetic blog)';
const heapTargetMB = 40;

/**
 * @param {{ browser: import('playwright-core').Browser, server: import('./server.mjs').BenchServer,
 *   blog: { dir: string, slugs: string[] }, articles: number,
 *   problems: import('./lib/browser.mjs').Problems, log: (line: string) => void }} options
 * @returns {Promise<import('./lib/stats.mjs').Row[]>}
 */
export async function benchReading({ browser, server, blog, articles, problems, log }) {
  const slugs = blog.slugs.slice(0, articles);
  if (slugs.length < articles) throw new Error(`the blog has only ${slugs.length} articles`);
  const base = await server.start();
  const context = await freshContext(browser, problems, 'reading');
  /** @type {number[]} */
  const script = [];
  /** @type {number[]} */
  const shown = [];
  /** @type {number} */
  let heapMB;
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await waitForList(page);
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
    };

    for (const [index, slug] of slugs.entries()) {
      const expected = await expectedText(blog.dir, slug);
      const before = await scriptSeconds();
      const started = performance.now();
      // A link click, as a reader's: the router takes same-origin links in-app.
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        document.body.append(link);
        link.click();
        link.remove();
      }, `/article/${slug}`);
      await page.waitForFunction(
        ({ title, snippet }) =>
          document.querySelector('h1')?.textContent?.trim() === title &&
          (document.querySelector('main')?.textContent ?? '').includes(snippet),
        expected,
        { polling: 'raf', timeout: 15_000 },
      );
      shown.push(performance.now() - started);
      // Effects that follow the render (storing, marking read) belong to the view too.
      await settle(page, 50);
      script.push((await scriptSeconds()) - before);
      if ((index + 1) % 50 === 0) log(`  reading: ${index + 1}/${slugs.length} articles`);
    }

    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heapMB = usedSize / 2 ** 20;
  } finally {
    await context.close();
    await server.stop();
  }

  return [
    row({
      group,
      metric: 'main-thread script time per article view',
      unit: 'ms',
      samples: script.map((seconds) => seconds * 1000),
      note: 'CDP ScriptDuration across one in-app navigation, until title and body show',
    }),
    row({
      group,
      metric: 'in-app article view, click → title and body shown',
      unit: 'ms',
      samples: shown,
    }),
    row({
      group,
      metric: `JS heap used after reading ${slugs.length} articles`,
      unit: 'MB',
      samples: [heapMB],
      target: `≤ ${heapTargetMB}`,
      check: (mb) => mb <= heapTargetMB,
      note: 'one page, after HeapProfiler.collectGarbage; MB = 2^20 bytes',
    }),
  ];
}

/**
 * What the page shows once an article is there: its title as the heading and the first words
 * of its body. @param {string} dir @param {string} slug
 */
async function expectedText(dir, slug) {
  const doc = JSON.parse(await readFile(join(dir, 'articles', `${slug}.json`), 'utf8'));
  const first = /<p>([^<]*)/.exec(doc.html)?.[1] ?? '';
  const snippet = first
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, name) =>
        ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[/** @type {string} */ (name)] ?? '',
    )
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  return { title: String(doc.title).trim(), snippet };
}
