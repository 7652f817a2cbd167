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

  constructor(options: HttpOptions = defaultHttpOptions) {
    this.#options = options;
  }

  ask(url: string): Promise<RawDocument> {
    const asked = fetchJson(url, this.#options);
    asked.catch(() => undefined);
    this.#asked.set(url, asked);
    return asked;
  }

  take(url: string): Promise<RawDocument> | undefined {
    const asked = this.#asked.get(url);
    this.#asked.delete(url);
    return asked;
  }
}
