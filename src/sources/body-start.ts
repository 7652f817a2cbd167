import { ContentError } from './errors';

/**
 * A body's first `length` characters or so, the rest left unread: for a look at what a
 * document is. A module of its own, so that only the code that needs it loads it.
 */
export async function readStart(response: Response, length: number): Promise<string> {
  if (!response.body) return (await response.text()).slice(0, length);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < length) {
      const chunk = await reader.read();
      if (chunk.done) return text + decoder.decode();
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch {
    throw new ContentError({ kind: 'truncated' }, response.url);
  }
  await reader.cancel().catch(() => undefined);
  return text;
}
