// The built app served the way a good static host serves it, so timings include honest
// transfer: gzip or brotli by Accept-Encoding (precompressed in memory), app routes answered
// with index.html (an article's with shell-article.html), sw.js never cached, and a real 404 for missing files.
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { shellFor } from '../scripts/app-shell.mjs';
import { contentTypes } from '../scripts/content-types.mjs';

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * @typedef {object} Encoded
 * @property {Buffer} identity
 * @property {Buffer} [gzip]
 * @property {Buffer} [br]
 */

/** Every file under a directory, by URL path ("/assets/x.js"). @param {string} dir */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, path: `/${relative(dir, file).split(sep).join('/')}` }));
}

/** @param {string} path @param {Buffer} body @returns {Encoded} */
function encode(path, body) {
  if (!compressible.has(extname(path)) || body.length < 256) return { identity: body };
  return {
    identity: body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  };
}

/** @param {string | undefined} header @returns {'br' | 'gzip' | 'identity'} */
function negotiate(header = '') {
  const accepted = header
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name?.trim());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

export class BenchServer {
  /** @type {Map<string, string>} URL path → file on disk */
  #paths = new Map();
  /** @type {Map<string, Encoded>} URL path → its bytes, compressed once */
  #encoded = new Map();
  /** @type {import('node:http').Server | undefined} */
  #server;
  #root;
  #content;
  /** Paths requested, in order, so a measurement can tell what the browser fetched. */
  /** @type {string[]} */
  requests = [];
  /** Paths answered 404, which the report lists: the app asked for a file it does not have. */
  /** @type {string[]} */
  missing = [];

  /**
   * @param {{ root: string, content?: string }} options `content`: serve /content/** from this
   *   directory instead of the build's own copy (a synthetic blog).
   */
  constructor({ root, content }) {
    this.#root = resolve(root);
    this.#content = content === undefined ? undefined : resolve(content);
  }

  /**
   * Lists the files and compresses the build's up front, so no measured request pays for
   * compression; a synthetic blog's thousands of documents are compressed on first use.
   */
  async load() {
    this.#paths.clear();
    this.#encoded.clear();
    for (const { file, path } of await listFiles(this.#root)) this.#paths.set(path, file);
    /** @type {Set<string>} */
    const blog = new Set();
    // A synthetic blog replaces the demo's documents; what it lacks (the demo pictures it
    // points at) still comes from the build.
    if (this.#content) {
      for (const { file, path } of await listFiles(this.#content)) {
        this.#paths.set(`/content${path}`, file);
        blog.add(`/content${path}`);
      }
    }
    for (const path of this.#paths.keys()) if (!blog.has(path)) await this.#file(path);
    return this;
  }

  /** @param {string} path @returns {Promise<Encoded | undefined>} */
  async #file(path) {
    const cached = this.#encoded.get(path);
    if (cached) return cached;
    const file = this.#paths.get(path);
    if (!file) return undefined;
    const encoded = encode(path, await readFile(file));
    this.#encoded.set(path, encoded);
    return encoded;
  }

  get url() {
    const address = this.#server?.address();
    if (!address || typeof address === 'string') throw new Error('bench server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Listens on a new port (0) by default: a new origin, so a fresh worker and storage. */
  async start(port = 0) {
    if (this.#paths.size === 0) await this.load();
    const server = createServer((request, response) => {
      this.#handle(request, response).catch(() => response.destroy());
    });
    this.#server = server;
    await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
    return this.url;
  }

  /** Stops listening and drops open connections: the network is really gone. */
  async stop() {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done(undefined)));
  }

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async #handle(request, response) {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    this.requests.push(path);
    // App routes (no extension) get the shell; a missing file is a real 404.
    const route = extname(path) === '';
    if (path.endsWith('/')) path += 'index.html';
    let file = await this.#file(path);
    if (!file && route) {
      path = `/${shellFor(path)}`;
      file = await this.#file(path);
    }
    if (!file) {
      this.missing.push(path);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const encoding = negotiate(request.headers['accept-encoding']?.toString());
    const body = (encoding === 'identity' ? undefined : file[encoding]) ?? file.identity;
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (body !== file.identity) headers['Content-Encoding'] = encoding;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }
}
