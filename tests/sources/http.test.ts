import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../src/sources/errors';
import { rejectedFaultOf as faultOf } from '../model/fault';
import { fetchJson, type HttpOptions } from '../../src/sources/http';

const url = 'https://blog.example/content/site.json';

type FetchImpl = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

function options(impl: FetchImpl, overrides: Partial<HttpOptions> = {}) {
  const fake = vi.fn(impl);
  return {
    fake,
    options: { timeoutMs: 5_000, maxBytes: 1024, fetch: fake as typeof fetch, ...overrides },
  };
}

const respond = (response: () => Response) => options(async () => response());

/** A response as a JSON host sends it (Response defaults to text/plain). */
const jsonResponse = (body?: BodyInit | null, init: ResponseInit = {}) =>
  new Response(body, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });

/** A body that streams `chunk` forever (or `count` times), with no Content-Length. */
function streamOf(chunk: Uint8Array, count = Infinity, onCancel = () => {}) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= count) controller.close();
      else {
        sent += 1;
        controller.enqueue(chunk);
      }
    },
    cancel: onCancel,
  });
}

/** A fetch that never answers but rejects, like the real one, when its signal aborts. */
const hangingFetch: FetchImpl = (_input, init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

describe('fetchJson', () => {
  it('returns the URL and the parsed body', async () => {
    const { fake, options: opts } = respond(() => Response.json({ version: 1, title: 'My Blog' }));
    await expect(fetchJson(url, opts)).resolves.toEqual({
      url,
      body: { version: 1, title: 'My Blog' },
    });
    expect(fake).toHaveBeenCalledTimes(1);
    expect(fake.mock.calls[0]?.[0]).toBe(url);
  });

  it('asks for JSON, passes an abort signal and bypasses the HTTP cache copy', async () => {
    const { fake, options: opts } = respond(() => Response.json({}));
    await fetchJson(url, opts);
    const init = fake.mock.calls[0]?.[1];
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
    expect(init?.cache).toBe('no-cache');
  });

  it('reports the final URL after a redirect, so relative hrefs resolve against it', async () => {
    const { options: opts } = respond(() => {
      const response = Response.json({ ok: true });
      Object.defineProperty(response, 'url', { value: 'https://cdn.example/blog/site.json' });
      return response;
    });
    expect((await fetchJson(url, opts)).url).toBe('https://cdn.example/blog/site.json');
  });

  it.each([404, 410, 500, 503, 429, 403])('turns HTTP %i into an http fault', async (status) => {
    const { options: opts } = respond(() => jsonResponse('{"error": true}', { status }));
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'http', status });
  });

  it('names the requested URL in the error', async () => {
    const { options: opts } = respond(() => jsonResponse('', { status: 404 }));
    await expect(fetchJson(url, opts)).rejects.toMatchObject({ name: 'ContentError', url });
  });

  it.each(['<!doctype html><p>Not found</p>', '', '{"version": 1,', 'undefined'])(
    'turns a body that is not JSON into not-json: %j',
    async (text) => {
      const { options: opts } = respond(() => jsonResponse(text, { status: 200 }));
      expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'not-json' });
    },
  );

  it('refuses a declared Content-Length over maxBytes without reading the body', async () => {
    const cancel = vi.fn();
    // The body itself is small and valid: only the declared length can refuse it.
    const { options: opts } = respond(() =>
      jsonResponse(streamOf(new TextEncoder().encode('{}'), 1, cancel), {
        headers: { 'Content-Length': '2048' },
      }),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'too-large', limitBytes: 1024 });
    expect(cancel).toHaveBeenCalled();
  });

  it('refuses a streamed body that grows past maxBytes, and stops reading it', async () => {
    const cancel = vi.fn();
    const { options: opts } = respond(() =>
      jsonResponse(streamOf(new TextEncoder().encode(' '.repeat(100)), Infinity, cancel)),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'too-large', limitBytes: 1024 });
    expect(cancel).toHaveBeenCalled();
  });

  it('accepts a body of exactly maxBytes', async () => {
    const text = `"${'a'.repeat(1022)}"`;
    const { options: opts } = respond(() => jsonResponse(text));
    expect((await fetchJson(url, opts)).body).toBe('a'.repeat(1022));
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"title":"Café — Zürich"}');
    const { options: opts } = respond(() =>
      jsonResponse(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
            controller.close();
          },
        }),
      ),
    );
    expect((await fetchJson(url, opts)).body).toEqual({ title: 'Café — Zürich' });
  });

  it('gives up after timeoutMs with a timeout fault in seconds', async () => {
    const { options: opts } = options(hangingFetch, { timeoutMs: 50 });
    const started = Date.now();
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'timeout', seconds: 0.05 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('turns a failed connection into a network fault', async () => {
    const { options: opts } = options(() => Promise.reject(new TypeError('fetch failed')));
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'network' });
  });

  it('turns a body that breaks off mid-stream into a truncated fault', async () => {
    const { options: opts } = respond(() =>
      jsonResponse(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
            controller.error(new TypeError('terminated'));
          },
        }),
      ),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'truncated' });
  });

  it("rethrows the caller's own abort reason, not a ContentError", async () => {
    const { options: opts } = options(hangingFetch);
    const controller = new AbortController();
    const reason = new Error('the reader left the page');
    const pending = fetchJson(url, opts, controller.signal);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('rethrows an AbortError when the caller aborts without a reason', async () => {
    const { options: opts } = options(hangingFetch);
    const controller = new AbortController();
    const pending = fetchJson(url, opts, controller.signal);
    controller.abort();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it("rethrows the reason of a caller's signal that was already aborted", async () => {
    const { options: opts } = options(hangingFetch);
    const reason = new Error('gone');
    const pending = fetchJson(url, opts, AbortSignal.abort(reason));
    await expect(pending).rejects.toBe(reason);
  });
});

describe('fetchJson: faults a static host or a proxy can produce', () => {
  it('refuses a document served with a type that is not JSON (an SPA fallback page)', async () => {
    const { options: opts } = respond(
      () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({
      kind: 'content-type',
      received: 'text/html',
    });
  });

  it('accepts application/json with parameters and +json types', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/feed+json']) {
      const { options: opts } = respond(
        () => new Response('{"a":1}', { headers: { 'Content-Type': type } }),
      );
      expect((await fetchJson(url, opts)).body).toEqual({ a: 1 });
    }
  });

  it('notices a body shorter than its Content-Length', async () => {
    const { options: opts } = respond(() =>
      jsonResponse('{"a":', { headers: { 'Content-Length': '40' } }),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({ kind: 'truncated' });
  });

  it('tells a redirect loop from a lost connection', async () => {
    const loop = options(async (_input, init) => {
      if (init?.redirect === 'manual') return Response.redirect('https://blog.example/x', 302);
      throw new TypeError('Failed to fetch');
    });
    expect(await faultOf(fetchJson(url, loop.options))).toEqual({ kind: 'redirect' });
    const down = options(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await faultOf(fetchJson(url, down.options))).toEqual({ kind: 'network' });
  });

  it('tells a server that refuses other sites (no CORS headers) from one that is down', async () => {
    const refusing = options(async (_input, init) => {
      if (init?.mode === 'no-cors') return { type: 'opaque', status: 0 } as Response;
      throw new TypeError('Failed to fetch');
    });
    expect(await faultOf(fetchJson(url, refusing.options))).toEqual({ kind: 'cors' });
  });

  it('does not blame CORS when the server answered the probe itself', async () => {
    let calls = 0;
    const flaky = options(async (_input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      if (init?.mode === 'no-cors') return { type: 'opaque', status: 0 } as Response;
      return jsonResponse('{}');
    });
    expect(await faultOf(fetchJson(url, flaky.options))).toEqual({ kind: 'network' });
  });
});

describe('fetchJson: error bodies and headers', () => {
  it('reads the code of a JSON error body', async () => {
    const { options: opts } = respond(() =>
      jsonResponse(
        JSON.stringify({
          code: 'rest_post_invalid_page_number',
          message: 'x',
          data: { status: 400 },
        }),
        { status: 400 },
      ),
    );
    expect(await faultOf(fetchJson(url, opts))).toEqual({
      kind: 'http',
      status: 400,
      code: 'rest_post_invalid_page_number',
    });
  });

  it('ignores an error body that is not JSON, or has no string code', async () => {
    const html = respond(
      () =>
        new Response('<h1>Not found</h1>', {
          status: 404,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    expect(await faultOf(fetchJson(url, html.options))).toEqual({ kind: 'http', status: 404 });
    const numeric = respond(() => jsonResponse('{"code":404}', { status: 404 }));
    expect(await faultOf(fetchJson(url, numeric.options))).toEqual({ kind: 'http', status: 404 });
    const broken = respond(() => jsonResponse('{"code":', { status: 404 }));
    expect(await faultOf(fetchJson(url, broken.options))).toEqual({ kind: 'http', status: 404 });
  });

  it('tells a redirect to a login page from any other web page', async () => {
    const page = (at: string, redirected: boolean) => {
      const response = new Response('<form>Log in</form>', {
        headers: { 'Content-Type': 'text/html; charset=UTF-8' },
      });
      Object.defineProperties(response, {
        url: { value: at },
        redirected: { value: redirected },
      });
      return response;
    };
    const login = respond(() => page('https://blog.example/wp-login.php?redirect_to=x', true));
    expect(await faultOf(fetchJson(url, login.options))).toEqual({ kind: 'login' });
    const other = respond(() => page('https://blog.example/about/', true));
    expect(await faultOf(fetchJson(url, other.options))).toEqual({
      kind: 'content-type',
      received: 'text/html',
    });
  });

  it('keeps the headers asked for, by lower-case name, and only those', async () => {
    const { options: opts } = respond(() =>
      jsonResponse('[]', { headers: { 'X-WP-TotalPages': '3', 'X-WP-Total': '42' } }),
    );
    const doc = await fetchJson(url, opts, undefined, ['X-WP-TotalPages', 'Link']);
    expect(doc.headers).toEqual({ 'x-wp-totalpages': '3' });
    expect((await fetchJson(url, opts)).headers).toBeUndefined();
  });
});

describe('fetchJson: retries', () => {
  const retrying = (fetch: typeof globalThis.fetch) => ({
    timeoutMs: 50,
    maxBytes: 1024,
    retries: 2,
    backoffMs: [10, 20],
    fetch,
  });

  it('retries a temporary server problem, then succeeds', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return calls < 3 ? jsonResponse('', { status: 503 }) : jsonResponse('{"ok":true}');
    }) as typeof globalThis.fetch;
    expect((await fetchJson(url, retrying(fetch))).body).toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('abandons a request that never answers after its bound, retries, then gives up', async () => {
    let calls = 0;
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
      });
    }) as typeof globalThis.fetch;
    expect(await faultOf(fetchJson(url, retrying(fetch)))).toEqual({
      kind: 'timeout',
      seconds: 0.05,
    });
    expect(calls).toBe(3);
  });

  it('waits as long as Retry-After says (within a bound) before trying again', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return calls === 1
        ? jsonResponse('', { status: 429, headers: { 'Retry-After': '1' } })
        : jsonResponse('{}');
    }) as typeof globalThis.fetch;
    vi.useFakeTimers();
    try {
      const result = fetchJson(url, retrying(fetch));
      await vi.advanceTimersByTimeAsync(999);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await result;
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([404, 410, 403])('never retries HTTP %i', async (status) => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return jsonResponse('', { status });
    }) as typeof globalThis.fetch;
    await faultOf(fetchJson(url, retrying(fetch)));
    expect(calls).toBe(1);
  });
});
