import { cacheNames } from '../caches/names';

const day = 24 * 60 * 60;

/** Other origins' pictures are opaque, which the browser charges much quota for: fewer are kept. */
export const imageCaches = {
  local: {
    cacheName: cacheNames.images,
    statuses: [200],
    maxEntries: 400,
    maxAgeSeconds: 60 * day,
  },
  remote: {
    cacheName: cacheNames.remoteImages,
    statuses: [0, 200],
    maxEntries: 80,
    maxAgeSeconds: 30 * day,
  },
} as const;

export const imageCacheFor = (url: URL, origin: string): keyof typeof imageCaches =>
  url.origin === origin ? 'local' : 'remote';

/** A request the worker may make for a picture: another origin's without CORS. */
export const imageRequest = (url: string, origin: string): Request =>
  new Request(url, new URL(url).origin === origin ? {} : { mode: 'no-cors' });

/** A saved article's picture: from the saved cache first, never expiring. */
export async function savedImage(
  request: Request,
  storage: CacheStorage = caches,
): Promise<Response | undefined> {
  const cache = await storage.open(cacheNames.savedImages);
  return cache.match(request);
}

/** Until unsaved; fetched here where not cached, as the page's CSP allows it no remote fetch. */
export async function keepImages(
  urls: readonly string[],
  origin: string,
  storage: CacheStorage = caches,
  load: typeof fetch = fetch,
): Promise<void> {
  const cache = await storage.open(cacheNames.savedImages);
  await Promise.allSettled(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const cached = await storage.match(url);
      const response = cached ?? (await load(imageRequest(url, origin)));
      if (response.ok || response.type === 'opaque') await cache.put(url, response);
    }),
  );
}
