// The HTTP plumbing the demo blog servers share: listening, the request log, a delay, HEAD.

import { createServer } from 'node:http';

/**
 * @typedef {import('./http.d.mts').Reply} Reply
 * @typedef {import('./http.d.mts').Asked} Asked
 * @typedef {import('./http.d.mts').DemoServer} DemoServer
 */

/**
 * @param {(origin: string) => Promise<(asked: Asked) => Reply>} open
 * @param {number} [delayMs]
 * @returns {DemoServer}
 */
export function demoServer(open, delayMs = 0) {
  /** @type {string[]} */
  const requests = [];
  /** @type {import('node:http').Server | undefined} */
  let server;
  /** @type {Promise<(asked: Asked) => Reply> | undefined} */
  let handler;

  const origin = () => {
    const address = server?.address();
    if (!address || typeof address === 'string') throw new Error('The server is not started');
    return `http://127.0.0.1:${address.port}`;
  };

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  const handle = async (request, response) => {
    requests.push(request.url ?? '/');
    if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
    try {
      const answer = await handler;
      if (!answer) throw new Error('The server is not started');
      const method = request.method ?? 'GET';
      const reply = answer({
        method,
        // Joined, not resolved: a path such as "//x" stays a path.
        url: new URL(`${origin()}${request.url?.startsWith('/') ? '' : '/'}${request.url ?? ''}`),
        origin: request.headers.origin,
      });
      const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
      response.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length });
      response.end(method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal server error');
    }
  };

  return {
    requests,
    get url() {
      return origin();
    },
    async start(port = 0) {
      const listening = createServer((request, response) => void handle(request, response));
      await new Promise((done, fail) => {
        listening.once('error', fail);
        listening.listen(port, '127.0.0.1', () => done(undefined));
      });
      server = listening;
      handler = open(origin());
      try {
        await handler;
      } catch (error) {
        await this.stop();
        throw error;
      }
      return origin();
    },
    async stop() {
      const closing = server;
      if (!closing) return;
      server = undefined;
      closing.closeAllConnections();
      await new Promise((done) => closing.close(() => done(undefined)));
    },
  };
}
