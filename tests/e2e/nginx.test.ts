import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMimeTypes, findNginx } from '../../scripts/nginx.mjs';
import { launchBrowser, openPage } from './browser';
import { demo, heading } from './harness';

/**
 * The production config, deploy/nginx.conf, run by a real nginx over dist/: app routes get
 * the app shell, missing files a real 404, and each kind of file its Cache-Control and type.
 */

const dist = resolve('dist');
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const articleShellHtml = readFileSync(join(dist, 'shell-article.html'), 'utf8');
const article = demo.worldNews.articles[0]!;
const worldNews = demo.site.sections.find((section) => section.slug === 'world-news')!;
const script = readdirSync(join(dist, 'assets')).find((name) => name.endsWith('.js'))!;
const style = readdirSync(join(dist, 'assets')).find((name) => name.endsWith('.css'))!;

let nginx: ChildProcess | undefined;
let exited: Promise<void> = Promise.resolve();
let temp = '';
let origin = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
    socket.setTimeout(500, () => finish(false));
  });
}

/** A path as an nginx string, safe with spaces. */
const quote = (path: string) => JSON.stringify(path);

/** Exactly one line of deploy/nginx.conf matches, so the test never serves port 8080. */
function rewriteOnce(config: string, directive: string, value: string): string {
  const line = new RegExp(`^(\\s*)${directive}\\s+[^;]+;`, 'gm');
  expect(config.match(line), `one ${directive} line in deploy/nginx.conf`).toHaveLength(1);
  return config.replace(line, `$1${directive} ${value};`);
}

beforeAll(async () => {
  const binary = findNginx();
  if (!binary) throw new Error('No nginx: run `node scripts/ensure-nginx.mjs`.');
  const mimeTypes = findMimeTypes(binary);
  if (!mimeTypes) throw new Error(`No mime.types found for ${binary}.`);

  temp = mkdtempSync(join(tmpdir(), 'paperboy-nginx-'));
  const port = await freePort();
  let server = readFileSync('deploy/nginx.conf', 'utf8');
  server = rewriteOnce(server, 'listen', `127.0.0.1:${port}`);
  server = rewriteOnce(server, 'root', quote(dist));
  const errorLog = join(temp, 'error.log');
  const config = [
    'daemon off;',
    // One process as the current user: as root, nginx would otherwise hand requests to
    // workers running as "nobody", which may not be able to read the checkout.
    'master_process off;',
    `pid ${quote(join(temp, 'nginx.pid'))};`,
    `error_log ${quote(errorLog)};`,
    'events {}',
    'http {',
    `  include ${quote(mimeTypes)};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${quote(join(temp, kind))};`,
    ),
    server,
    '}',
  ].join('\n');
  writeFileSync(join(temp, 'nginx.conf'), config);

  const child = spawn(binary, ['-p', `${temp}/`, '-c', join(temp, 'nginx.conf'), '-e', errorLog], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  nginx = child;
  let gone = false;
  exited = new Promise((done) =>
    child.once('exit', () => {
      gone = true;
      done();
    }),
  );
  const deadline = Date.now() + 15_000;
  while (!(await answers(port))) {
    const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
    if (gone) throw new Error(`nginx exited at start:\n${log}`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${port}:\n${log}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    nginx.kill('SIGQUIT');
    const timer = setTimeout(() => nginx?.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** GET with the raw response (no decompression), to see Content-Encoding as sent. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const outgoing = request(origin + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', fail);
    });
    outgoing.on('error', fail);
    outgoing.end();
  });
}

/** The policy the built pages carry in their meta tag. */
function metaPolicy(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  if (!meta?.[1]) throw new Error('no CSP meta tag in the built page');
  return meta[1].replaceAll('&#39;', "'");
}

describe('deploy/nginx.conf over dist/', () => {
  it.each(['/', '/section/world-news', '/index.html', `/article/${article.slug}`])(
    'sends %s with the page policy as a header, and forbids framing',
    async (path) => {
      const response = await fetch(origin + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(
        `${metaPolicy(indexHtml)}; frame-ancestors 'none'`,
      );
    },
  );

  it('sends each worker its own policy: fetches from the blog, scripts only from the app', async () => {
    const writer = readdirSync(join(dist, 'assets')).find((name) =>
      /^writer\.worker-.*\.js$/.test(name),
    );
    expect(writer, 'the writer worker script in dist/assets').toBeDefined();
    const writerPolicy = (await fetch(`${origin}/assets/${writer}`)).headers.get(
      'content-security-policy',
    );
    const reachable = "connect-src 'self' https: http://127.0.0.1:* http://localhost:*";
    expect(writerPolicy).toBe(`default-src 'none'; script-src 'self'; ${reachable}`);
    const servicePolicy = (await fetch(`${origin}/sw.js`)).headers.get('content-security-policy');
    expect(servicePolicy).toBe(`default-src 'none'; script-src 'self'; ${reachable}`);
  });

  it.each(['/', '/section/world-news', '/saved', '/settings', '/search'])(
    'answers the app route %s with index.html, uncached',
    async (path) => {
      const response = await fetch(origin + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(indexHtml);
    },
  );

  it('answers an article’s URL with the shell that asks for the article view at once', async () => {
    const response = await fetch(`${origin}/article/${article.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(articleShellHtml);
    expect(articleShellHtml).toMatch(
      /<link rel="modulepreload" crossorigin href="\/assets\/ArticleView-/,
    );
  });

  it('serves index.html itself uncached', async () => {
    const response = await fetch(`${origin}/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(indexHtml);
  });

  it.each([
    '/content/nope.json',
    '/content/articles/no-such-article',
    '/content/sections/',
    '/assets/nope.js',
    '/assets/nope',
    '/nope.png',
    '/icons/nope.png',
    '/article/nope.png',
  ])('answers the missing file %s with a real 404', async (path) => {
    const response = await fetch(origin + path);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(await response.text()).not.toContain('id="app"');
  });

  it('serves the blog’s documents as JSON, revalidated every time', async () => {
    const response = await fetch(`${origin}/content/site.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual(demo.site);

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${origin}/content/site.json`, {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);

    const page = await fetch(`${origin}/content/sections/world-news/1.json`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves SVG pictures as image/svg+xml', async () => {
    const image = readdirSync(join(dist, 'content', 'images')).find((name) =>
      name.endsWith('.svg'),
    )!;
    for (const path of ['/favicon.svg', `/content/images/${image}`]) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^image\/svg\+xml/);
    }
  });

  it('caches the hashed build output for a year, immutable', async () => {
    for (const name of [script, style]) {
      const response = await fetch(`${origin}/assets/${name}`);
      expect(response.status, name).toBe(200);
      const cacheControl = response.headers.get('cache-control') ?? '';
      expect(cacheControl, name).toContain('max-age=31536000');
      expect(cacheControl, name).toContain('immutable');
      expect(cacheControl, name).toContain('public');
    }
    const js = await fetch(`${origin}/assets/${script}`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('compresses text with gzip when asked', async () => {
    const response = await rawGet(`/assets/${script}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(String(response.headers['vary'])).toMatch(/accept-encoding/i);
    const file = readFileSync(join(dist, 'assets', script));
    expect(gunzipSync(response.body).equals(file), 'gunzipped body is the file').toBe(true);

    const plain = await rawGet(`/assets/${script}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('serves the web app manifest as application/manifest+json, uncached', async () => {
    expect(existsSync(join(dist, 'manifest.webmanifest')), 'dist/manifest.webmanifest').toBe(true);
    const response = await fetch(`${origin}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');

    const manifest = (await response.json()) as { icons: { src: string; type: string }[] };
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, `${origin}/manifest.webmanifest`);
      const image = await fetch(url);
      expect(image.status, icon.src).toBe(200);
      expect(image.headers.get('content-type'), icon.src).toBe(icon.type);
    }
  });

  it('serves the service worker uncached', async () => {
    expect(existsSync(join(dist, 'sw.js')), 'dist/sw.js').toBe(true);
    const response = await fetch(`${origin}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the app served by nginx in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens an article by its URL, follows its section link, and installs the worker', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      const response = await page.goto(`${origin}/article/${article.slug}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('no-cache');
      await heading(page).filter({ hasText: article.title }).waitFor();

      await page
        .getByRole('article')
        .getByRole('link', { name: worldNews.title, exact: true })
        .first()
        .click();
      await heading(page).filter({ hasText: worldNews.title }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/section/world-news');

      // Chromium accepted /sw.js as nginx sends it (a JavaScript type, from the same origin).
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              return registration?.active?.scriptURL;
            }),
          { timeout: 10_000 },
        )
        .toBe(`${origin}/sw.js`);

      // Reloading a deep route works with the worker in place as it did without it.
      await page.reload();
      await heading(page).filter({ hasText: worldNews.title }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
