import { defaultHttpOptions, fetchJson, type HttpOptions } from './http';
import type { RawDocument } from './types';

/**
 * Documents asked for before the source exists (a first visit asks while the rest of the
 * app loads). The source answers its first request for each URL with it; later requests
 * ask afresh. A failure is held until then, never reported unhandled.
 */
export class EarlyDocuments {
  #asked = new Map<string, Promise<RawDocument>>();
  #options: HttpOptions;
  #onTake: (url: string) => void;

  /** `onTake`: told when the source takes a document asked for here. */
  constructor(options: HttpOptions = defaultHttpOptions, onTake: (url: string) => void = () => {}) {
    this.#options = options;
    this.#onTake = onTake;
  }

  ask(url: string): Promise<RawDocument> {
    const asked = fetchJson(url, this.#options);
    asked.catch(() => undefined);
    this.#asked.set(url, asked);
    return asked;
  }

  take(url: string): Promise<RawDocument> | undefined {
    const asked = this.#asked.get(url);
    if (!asked) return undefined;
    this.#asked.delete(url);
    this.#onTake(url);
    return asked;
  }
}
