import { ContentError, type ContentFault } from './errors';
import { parseJson, readBounded } from './body';
import type { RawDocument } from './types';

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Further attempts after a timeout, a dropped connection, 429 or a 5xx (none when unset). */
  retries?: number;
  /** Wait before each further attempt (jittered), unless the server says Retry-After. */
  backoffMs?: number[];
  fetch?: typeof fetch;
}

export const defaultHttpOptions: HttpOptions = {
  timeoutMs: 15_000,
  // Above the contract's body limit: JSON escaping and the other fields need headroom.
  maxBytes: 4 * 1024 * 1024,
  retries: 2,
  backoffMs: [1_000, 3_000],
};

const jsonTypes = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;
const maxRetryAfterMs = 10_000;

/** Bounded in time and size, retrying temporary failures; every failure is a ContentError. */
export async function fetchJson(
  url: string,
  options: HttpOptions = defaultHttpOptions,
  signal?: AbortSignal,
): Promise<RawDocument> {
  const retries = options.retries ?? 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchOnce(url, options, signal);
    } catch (error) {
      if (!(error instanceof ContentError) || attempt >= retries || !isTemporary(error.fault)) {
        throw error;
      }
      const base = options.backoffMs?.[attempt] ?? options.backoffMs?.at(-1) ?? 1_000;
      const retryAfter = error.fault.kind === 'http' ? error.fault.retryAfterMs : undefined;
      await sleep(retryAfter ?? base * (0.8 + Math.random() * 0.4), signal);
    }
  }
}

function isTemporary(fault: ContentFault): boolean {
  if (fault.kind === 'timeout' || fault.kind === 'network' || fault.kind === 'truncated') {
    return true;
  }
  return fault.kind === 'http' && (fault.status === 429 || fault.status >= 500);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

async function fetchOnce(
  url: string,
  options: HttpOptions,
  signal?: AbortSignal,
): Promise<RawDocument> {
  signal?.throwIfAborted();
  // A timer (not AbortSignal.timeout) so that tests with fake clocks can move it.
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, options.timeoutMs);
  const onAbort = () => attempt.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await doFetch(url, {
      signal: attempt.signal,
      headers: { Accept: 'application/json' },
      // Revalidate with the server so a refresh is a refresh, not the HTTP cache's copy.
      cache: 'no-cache',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new ContentError(
        { kind: 'http', status: response.status, ...retryAfter(response) },
        url,
      );
    }
    const type = response.headers.get('Content-Type');
    if (type && !jsonTypes.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new ContentError({ kind: 'content-type', received: type.split(';')[0] ?? type }, url);
    }
    const text = await readBounded(response, options.maxBytes, url);
    return { url: response.url || url, body: parseJson(text, url) };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw new ContentError({ kind: 'timeout', seconds: options.timeoutMs / 1000 }, url);
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new ContentError({ kind: 'offline' }, url);
    }
    throw new ContentError({ kind: (await redirects(url, doFetch)) ? 'redirect' : 'network' }, url);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function retryAfter(response: Response): { retryAfterMs?: number } {
  const header = response.headers.get('Retry-After');
  if (header === null) return {};
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0
    ? { retryAfterMs: Math.min(seconds * 1000, maxRetryAfterMs) }
    : {};
}

/** A redirect loop fails like a lost connection: asking without following them tells them apart. */
async function redirects(url: string, doFetch: typeof fetch): Promise<boolean> {
  try {
    const probe = await doFetch(url, { redirect: 'manual', cache: 'no-store' });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}
