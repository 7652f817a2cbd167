import { cacheNames } from '../sw/caches';

/**
 * Article pictures in Cache Storage, which the service worker reads from. Only the images
 * of saved articles are written here directly; other images go through the worker's own
 * bounded caches (`warm`), so its expiration rules stay in charge of them.
 */
export interface ImageStore {
  /** Ask the worker to cache pictures now (reading an article keeps its pictures too). */
  warm(urls: string[]): void;
  /** Keep these pictures until released (a saved article's). */
  keep(urls: string[]): Promise<void>;
  release(urls: string[]): Promise<void>;
  /** Drop every cached picture except the kept ones. */
  clear(): Promise<void>;
}

const hasCaches = () => typeof caches !== 'undefined';

export function createBrowserImageStore(): ImageStore {
  return {
    warm(urls) {
      if (urls.length === 0) return;
      navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_IMAGES', urls });
    },
    async keep(urls) {
      if (!hasCaches()) return;
      const cache = await caches.open(cacheNames.savedImages);
      await Promise.allSettled(
        urls.map(async (url) => {
          if (await cache.match(url)) return;
          const sameOrigin = new URL(url).origin === location.origin;
          const response = await fetch(url, sameOrigin ? {} : { mode: 'no-cors' });
          if (response.ok || response.type === 'opaque') await cache.put(url, response);
        }),
      );
    },
    async release(urls) {
      if (!hasCaches()) return;
      const cache = await caches.open(cacheNames.savedImages);
      await Promise.all(urls.map((url) => cache.delete(url)));
    },
    async clear() {
      if (!hasCaches()) return;
      await Promise.all([caches.delete(cacheNames.images), caches.delete(cacheNames.remoteImages)]);
    },
  };
}

/** For tests and for browsers without Cache Storage: remembers what it was asked. */
export function createMemoryImageStore(): ImageStore & { kept: Set<string>; warmed: string[] } {
  const kept = new Set<string>();
  const warmed: string[] = [];
  return {
    kept,
    warmed,
    warm: (urls) => void warmed.push(...urls),
    keep: async (urls) => void urls.forEach((url) => kept.add(url)),
    release: async (urls) => void urls.forEach((url) => kept.delete(url)),
    clear: async () => void warmed.splice(0),
  };
}
