// `npm run bench`: builds the app into bench/.work/dist, serves it compressed on 127.0.0.1
// and measures it in Debian's headless Chromium; writes bench/report.md and report.json.
//   npm run bench -- --only=bytes,offline,cold,lighthouse,reading,formats,store --runs=15
//     --lighthouse-runs=5 --articles=200 --store-runs=15 (default: --runs)
//   npm run bench -- --only=ab --ab=<git ref | NAME=VALUE,…>: this tree against another build,
//     in alternation (bench/ab.mjs): a worktree of that commit, or this tree built with
//     those environment variables.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchAB } from './ab.mjs';
import { buildApp } from './build.mjs';
import { benchBlogs } from './blogs.mjs';
import { benchBytes } from './bytes.mjs';
import { benchCold } from './cold.mjs';
import { chromiumPath, launchBrowser, Problems } from './lib/browser.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchOffline } from './offline.mjs';
import { benchReading } from './reading.mjs';
import { table, writeReport } from './report.mjs';
import { BenchServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = join(here, '.work');
const parts = ['bytes', 'offline', 'cold', 'lighthouse', 'reading', 'formats', 'store'];
/** Run only when asked for by name, with --ab saying what to compare against. */
const extraParts = ['ab'];

/** @param {string[]} argv */
function parseOptions(argv) {
  /** @type {Record<string, string>} */
  const given = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`unknown argument ${arg}`);
    given[match[1]] = match[2] ?? 'true';
  }
  const known = ['only', 'runs', 'lighthouse-runs', 'articles', 'store-runs', 'ab', 'help'];
  const unknown = Object.keys(given).filter((key) => !known.includes(key));
  if (unknown.length) throw new Error(`unknown option --${unknown.join(', --')}`);
  const only = given.only ? given.only.split(',').map((part) => part.trim()) : parts;
  const all = [...parts, ...extraParts];
  const wrong = only.filter((part) => !all.includes(part));
  if (wrong.length) throw new Error(`--only takes ${all.join(',')}; not ${wrong.join(',')}`);
  if (only.includes('ab') !== (given.ab !== undefined)) {
    throw new Error('--only=ab and --ab=<git ref | NAME=VALUE,…> go together');
  }
  /** @param {string} key @param {number} fallback @param {number} least */
  const count = (key, fallback, least) => {
    const value = given[key] === undefined ? fallback : Number(given[key]);
    if (!Number.isInteger(value) || value < least) throw new Error(`--${key} must be ≥ ${least}`);
    return value;
  };
  const runs = count('runs', 15, 1);
  return {
    help: given.help !== undefined,
    only,
    runs,
    lighthouseRuns: count('lighthouse-runs', 5, 1),
    articles: count('articles', 200, 1),
    // The store bench's 10,000-article runs are its slowest part: they can be fewer alone.
    storeRuns: count('store-runs', runs, 1),
    ab: given.ab,
  };
}

const startedAt = Date.now();
/** @param {string} line */
const log = (line) =>
  console.log(`[${String(Math.round((Date.now() - startedAt) / 1000)).padStart(4)} s] ${line}`);

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(
      `usage: npm run bench -- [--only=${parts.join(',')}] [--runs=15] [--lighthouse-runs=5] ` +
        '[--articles=200] [--store-runs=N (default: --runs)]\n' +
        '       npm run bench -- --only=ab --ab=<git ref | NAME=VALUE,…> [--runs] [--lighthouse-runs]',
    );
    return;
  }
  const wants = (/** @type {string} */ part) => options.only.includes(part);
  const date = new Date(startedAt).toISOString();
  const loadStart = loadavg();
  // Sampled through the run: other work on the machine slows every timing.
  let loadMax = loadStart[0] ?? 0;
  const loadTimer = setInterval(() => (loadMax = Math.max(loadMax, loadavg()[0] ?? 0)), 5000);
  loadTimer.unref();
  const problems = new Problems();
  /** @type {import('./lib/stats.mjs').Row[]} */
  const rows = [];
  /** @type {{ part: string, error: string }[]} */
  const failures = [];
  /** @type {unknown[]} */
  let lighthouseRuns = [];
  await mkdir(work, { recursive: true });

  /** @param {string} part @param {() => Promise<import('./lib/stats.mjs').Row[]>} measure */
  const attempt = async (part, measure) => {
    if (!wants(part)) return;
    log(`${part}…`);
    try {
      rows.push(...(await measure()));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ part, error: message.split('\n').slice(0, 3).join(' ') });
      log(`${part} FAILED: ${message}`);
    }
  };

  const browserVersion = await chromiumVersion();
  log(
    `Chromium ${browserVersion}, Node ${process.version}, ${cpus().length} CPUs, load ${loadStart.map((n) => n.toFixed(2)).join(' ')}`,
  );

  // What is measured is what is checked out now: files edited during the run are not in it.
  const commit = gitCommit();
  const needsApp = options.only.some((part) => part !== 'store' && part !== 'ab');
  /** @type {import('./build.mjs').BenchBuild | undefined} */
  let build;
  if (needsApp) {
    try {
      build = await buildApp({ outDir: join(work, 'dist') });
      log(`built into ${build.dist}; floor: ${build.floor.path} (${build.floor.slug})`);
    } catch (error) {
      // Nothing of the app can be measured; the store bench and the report still can.
      failures.push({ part: 'build', error: String(error) });
      log(`build FAILED: ${error instanceof Error ? error.stack : error}`);
    }
  }
  const server = build ? await new BenchServer({ root: build.dist }).load() : undefined;
  /** Each part's 404s, reported with it: the app asked for a file it does not ship. */
  const collect404s = (/** @type {string} */ part, /** @type {BenchServer | undefined} */ s) => {
    for (const path of s?.missing.splice(0) ?? []) problems.add(`${part}: 404 ${path}`);
  };

  if (build && server && ['bytes', 'offline', 'cold'].some(wants)) {
    const browser = await launchBrowser();
    try {
      const common = { browser, server, build, runs: options.runs, problems, log };
      await attempt('bytes', () => benchBytes(common));
      collect404s('bytes', server);
      await attempt('offline', () => benchOffline(common));
      collect404s('offline', server);
      await attempt('cold', () => benchCold(common));
      collect404s('cold', server);
    } finally {
      await browser.close();
    }
  }

  // Alone on the machine: no other browser open while Lighthouse measures.
  if (build && server) {
    await attempt('lighthouse', async () => {
      const result = await benchLighthouse({ server, build, runs: options.lighthouseRuns, log });
      lighthouseRuns = result.runs;
      return result.rows;
    });
    collect404s('lighthouse', server);
  }

  if (build) {
    await attempt('reading', async () => {
      const generator = join(here, 'generate-blog.mjs');
      if (!existsSync(generator)) throw new Error('bench/generate-blog.mjs is missing');
      /** @type {{ generateBlog: (options: { dir: string, articles?: number }) => Promise<{ slugs: string[], sections: string[] }> }} */
      const { generateBlog } = await import(pathToFileURL(generator).href);
      const dir = join(work, 'blog');
      // Twice the articles read, so the session never runs out of new ones.
      const { slugs } = await generateBlog({ dir, articles: Math.max(options.articles * 2, 400) });
      log(`  generated ${slugs.length} articles into ${dir}`);
      const blogServer = await new BenchServer({ root: build.dist, content: dir }).load();
      const browser = await launchBrowser();
      try {
        return await benchReading({
          browser,
          server: blogServer,
          blog: { dir, slugs },
          articles: options.articles,
          problems,
          log,
        });
      } finally {
        await browser.close();
        collect404s('reading', blogServer);
      }
    });
  }

  if (build) {
    await attempt('formats', async () => {
      const browser = await launchBrowser();
      try {
        return await benchBlogs({ browser, build, runs: options.runs, problems, log });
      } finally {
        await browser.close();
      }
    });
  }

  await attempt('ab', async () => {
    const spec = /** @type {string} */ (options.ab);
    const a = await buildApp({ outDir: join(work, 'ab-a') });
    const b = await otherBuild(spec);
    log(`  ab: ${commit} against ${spec}`);
    return benchAB({
      variants: [
        { name: 'this tree', build: a, server: await new BenchServer({ root: a.dist }).load() },
        { name: spec, build: b, server: await new BenchServer({ root: b.dist }).load() },
      ],
      runs: options.runs,
      lighthouseRuns: options.lighthouseRuns,
      problems,
      log,
    });
  });

  await attempt('store', async () => {
    const module = join(here, 'store', 'bench.mjs');
    if (!existsSync(module)) throw new Error('bench/store/bench.mjs is missing');
    /** @type {{ benchStore: (options: { executablePath: string, runs: number, log?: (line: string) => void }) => Promise<import('./lib/stats.mjs').Row[]> }} */
    const { benchStore } = await import(pathToFileURL(module).href);
    return benchStore({
      executablePath: chromiumPath(),
      runs: options.storeRuns,
      log: (line) => log(`  store: ${line}`),
    });
  });

  clearInterval(loadTimer);
  /** @type {import('./report.mjs').Report} */
  const report = {
    meta: {
      date,
      chromium: browserVersion,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadStart,
      loadEnd: loadavg(),
      loadMax,
      seconds: (Date.now() - startedAt) / 1000,
      commit,
      options,
    },
    rows,
    lighthouseRuns,
    problems: problems.list(),
    failures,
  };
  await writeReport(report, here);
  console.log(`\n${table(rows)}\n`);
  for (const failure of failures) console.log(`FAILED ${failure.part}: ${failure.error}`);
  log(`wrote bench/report.md and bench/report.json`);
  if (failures.length) process.exitCode = 1;
}

/**
 * The build an A/B compares this tree with: this tree built with the environment variables
 * `NAME=VALUE,…`, or a worktree of a commit (in the temp directory, with its own `npm ci`).
 * @param {string} spec
 */
async function otherBuild(spec) {
  if (spec.includes('=')) {
    const env = Object.fromEntries(spec.split(',').map((pair) => pair.split(/=(.*)/s, 2)));
    const before = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    try {
      return await buildApp({ outDir: join(work, 'ab-b') });
    } finally {
      for (const [key, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }
  const sha = execFileSync('git', ['rev-parse', '--verify', `${spec}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const tree = join(tmpdir(), `paperboy-ab-${sha.slice(0, 12)}`);
  if (!existsSync(tree)) execFileSync('git', ['worktree', 'add', '--detach', tree, sha]);
  if (!existsSync(join(tree, 'node_modules'))) {
    execFileSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], {
      cwd: tree,
      stdio: 'inherit',
    });
  }
  return buildApp({ root: tree, outDir: join(tree, 'bench', '.work', 'ab-dist') });
}

/** The browser's own version string, from a short-lived launch. */
async function chromiumVersion() {
  const browser = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

await main();
