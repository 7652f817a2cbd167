import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { shellFor } from '../../scripts/app-shell.mjs';
import { contentTypes } from '../../scripts/content-types.mjs';

export interface Fault {
  /** Requests whose path starts with this are answered by the fault. */
  prefix: string;
  /** Answer with this status instead of the file. */
  status?: number;
  body?: string;
  /** Wait this long before answering (with the status, or else the file). */
  delayMs?: number;
  /** Misbehave: never answer, drop the connection halfway, or redirect to itself. */
  mode?: 'hang' | 'drop' | 'loop';
  /** Answer 200 with this body and type instead of the file. */
  contentType?: string;
}

/**
 * The built app served the way production should serve it: files as they are, app routes
 * (paths without an extension) answered with index.html (an article's with
 * shell-article.html), a real 404 for missing files.
 * Tests can inject faults by path prefix.
 */
export class TestServer {
  #root: string;
  #server: Server | undefined;
  #faults: Fault[] = [];
  readonly requests: string[] = [];
  /** JSON documents served at these paths instead of files (a hostile or broken feed). */
  readonly documents = new Map<string, unknown>();

  constructor(root = resolve('dist')) {
    this.#root = root;
  }

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(port = 0): Promise<string> {
    this.#server = createServer((request, response) => {
      void this.#handle(request.url ?? '/', response);
    });
    await new Promise<void>((done) => this.#server?.listen(port, '127.0.0.1', done));
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    this.#server = undefined;
  }

  /** Serve another build from now on (a new version deployed). */
  serve(root: string): void {
    this.#root = resolve(root);
  }

  inject(fault: Fault): void {
    this.#faults.push(fault);
  }

  clearFaults(): void {
    this.#faults = [];
  }

  async #handle(rawUrl: string, response: import('node:http').ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
    this.requests.push(path);
    const fault = this.#faults.find((candidate) => path.startsWith(candidate.prefix));
    if (fault?.delayMs) await new Promise((done) => setTimeout(done, fault.delayMs));
    if (fault?.mode === 'hang') return;
    if (fault?.mode === 'loop') {
      response.writeHead(302, { Location: rawUrl }).end();
      return;
    }
    if (fault?.mode === 'drop') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '4096' });
      response.write('{"version": 1, "title": "Half of a doc');
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    }
    if (fault?.contentType !== undefined) {
      response.writeHead(200, { 'Content-Type': fault.contentType });
      response.end(fault.body ?? '');
      return;
    }
    if (fault?.status) {
      response.writeHead(fault.status, { 'Content-Type': 'text/plain' });
      response.end(fault.body ?? `injected ${fault.status}`);
      return;
    }
    if (this.documents.has(path)) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
      response.end(JSON.stringify(this.documents.get(path)));
      return;
    }
    const file = normalize(join(this.#root, path));
    if (!file.startsWith(this.#root)) {
      response.writeHead(403).end();
      return;
    }
    const target = await this.#existing(path.endsWith('/') ? join(file, 'index.html') : file);
    if (target) return this.#send(target, response);
    if (extname(path) === '') return this.#send(join(this.#root, shellFor(path)), response);
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }

  async #existing(file: string): Promise<string | undefined> {
    try {
      return (await stat(file)).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }

  #send(file: string, response: import('node:http').ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  }
}
