import { ContentError, type ContentFault } from './errors';
import { jsonTypes, parseJson, readBounded } from './body';
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

const maxRetryAfterMs = 10_000;

/** What a document may come as, and which of the response's headers to keep. */
export interface Expected {
  accept: string;
  /** Content types taken; another is refused, a missing one is taken. */
  types: RegExp;
  keepHeaders?: readonly string[];
  /** Reads the body another way than whole and bounded (only its start, say). */
  read?: (response: Response) => Promise<string>;
}

/** A document as text, before it is parsed. */
export interface TextDocument {
  url: string;
  text: string;
  /** The media type, without parameters; empty when the server sent none. */
  type: string;
  headers: Record<string, string>;
}

const json: Expected = { accept: 'application/json', types: jsonTypes };

/** Bounded in time and size, retrying temporary failures; every failure is a ContentError. */
export async function fetchJson(
  url: string,
  options: HttpOptions = defaultHttpOptions,
  signal?: AbortSignal,
  keepHeaders: readonly string[] = [],
): Promise<RawDocument> {
  const fetched = await fetchText(url, options, signal, { ...json, keepHeaders });
  const document: RawDocument = { url: fetched.url, body: parseJson(fetched.text, url) };
  if (keepHeaders.length > 0) document.headers = fetched.headers;
  return document;
}

/** As fetchJson, for any text document: a feed, a web page. */
export async function fetchText(
  url: string,
  options: HttpOptions,
  signal: AbortSignal | undefined,
  expected: Expected,
): Promise<TextDocument> {
  const retries = options.retries ?? 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchOnce(url, options, signal, expected);
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
  signal: AbortSignal | undefined,
  expected: Expected,
): Promise<TextDocument> {
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
      headers: { Accept: expected.accept },
      // Revalidate with the server so a refresh is a refresh, not the HTTP cache's copy.
      cache: 'no-cache',
    });
    if (!response.ok) {
      throw new ContentError(
        {
          kind: 'http',
          status: response.status,
          ...retryAfter(response),
          ...(await errorCodeOf(response)),
        },
        url,
      );
    }
    const type = response.headers.get('Content-Type');
    if (type && !expected.types.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      if (response.redirected && (await diagnosis())?.sentToLogin(response)) {
        throw new ContentError({ kind: 'login' }, url);
      }
      throw new ContentError({ kind: 'content-type', received: type.split(';')[0] ?? type }, url);
    }
    return {
      url: response.url || url,
      text: await (expected.read?.(response) ?? readBounded(response, options.maxBytes, url)),
      type: (type?.split(';')[0] ?? '').trim().toLowerCase(),
      headers: headersOf(response, expected.keepHeaders ?? []),
    };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw new ContentError({ kind: 'timeout', seconds: options.timeoutMs / 1000 }, url);
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new ContentError({ kind: 'offline' }, url);
    }
    const why = (await diagnosis())?.whyUnreachable(url, doFetch);
    throw new ContentError({ kind: (await why) ?? 'network' }, url);
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

function headersOf(response: Response, names: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of names) {
    const value = response.headers.get(name);
    if (value !== null) kept[name.toLowerCase()] = value;
  }
  return kept;
}

/** Undefined where it cannot load (offline, before the service worker keeps it). */
function diagnosis(): Promise<typeof import('./diagnose') | undefined> {
  return import('./diagnose').catch(() => undefined);
}

async function errorCodeOf(response: Response): Promise<{ code?: string }> {
  const diagnose = await diagnosis();
  if (diagnose) return diagnose.errorCode(response);
  await response.body?.cancel().catch(() => undefined);
  return {};
}
