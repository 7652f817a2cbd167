import { ContentError } from './errors';

export const jsonTypes = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;

/** Notices a body cut short; every failure is a ContentError. */
export async function readBounded(
  response: Response,
  maxBytes: number,
  url: string,
): Promise<string> {
  const tooLarge = () => new ContentError({ kind: 'too-large', limitBytes: maxBytes }, url);
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The connection dropped in the middle of the document.
      throw new ContentError({ kind: 'truncated' }, url);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  // A body shorter than announced is cut short (the server or a proxy gave up).
  const encoded = response.headers.get('Content-Encoding');
  if (Number.isFinite(declared) && !encoded && total < declared) {
    throw new ContentError({ kind: 'truncated' }, url);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContentError({ kind: 'not-json' }, url);
  }
}
