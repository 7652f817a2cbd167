import { ContentError } from './errors';
import type { RawDocument } from './types';

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

export const defaultHttpOptions: HttpOptions = {
  timeoutMs: 15_000,
  // The contract allows a 2 MB body; JSON escaping and the other fields need headroom.
  maxBytes: 4 * 1024 * 1024,
};

/** GET a JSON document with a time bound and a size bound; every failure is a ContentError. */
export async function fetchJson(
  url: string,
  options: HttpOptions = defaultHttpOptions,
  signal?: AbortSignal,
): Promise<RawDocument> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await doFetch(url, {
      signal: combined,
      headers: { Accept: 'application/json' },
      // Revalidate with the server so a refresh is a refresh, not the HTTP cache's copy.
      cache: 'no-cache',
    });
    if (!response.ok) throw new ContentError({ kind: 'http', status: response.status }, url);
    const text = await readBounded(response, options.maxBytes, url);
    return { url: response.url || url, body: parseJson(text, url) };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) {
      throw new ContentError({ kind: 'timeout', seconds: options.timeoutMs / 1000 }, url);
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new ContentError({ kind: offline ? 'offline' : 'network' }, url);
  }
}

async function readBounded(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new ContentError({ kind: 'too-large', limitBytes: maxBytes }, url);
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContentError({ kind: 'not-json' }, url);
  }
}
