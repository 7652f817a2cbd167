/** Cache Storage in memory, as much of it as the worker's modules use: keyed by URL. */
export class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  readonly #base: string;

  constructor(base = 'https://app.example/') {
    this.#base = base;
  }

  #key(request: RequestInfo | URL): string {
    const url = request instanceof Request ? request.url : String(request);
    return new URL(url, this.#base).href;
  }

  async open(name: string): Promise<Cache> {
    let store = this.stores.get(name);
    if (!store) this.stores.set(name, (store = new Map()));
    const entries = store;
    const cache = {
      match: async (request: RequestInfo | URL) => entries.get(this.#key(request))?.clone(),
      put: async (request: RequestInfo | URL, response: Response) =>
        void entries.set(this.#key(request), response),
      delete: async (request: RequestInfo | URL) => entries.delete(this.#key(request)),
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
    };
    return cache as unknown as Cache;
  }

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    for (const store of this.stores.values()) {
      const found = store.get(this.#key(request));
      if (found) return found.clone();
    }
    return undefined;
  }

  urls(name: string): string[] {
    return [...(this.stores.get(name)?.keys() ?? [])];
  }

  asStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}
