import { cacheNames, type ImageMessage } from './names';

export const postToServiceWorker = (message: ImageMessage) =>
  navigator.serviceWorker?.controller?.postMessage(message);

/** Article pictures in Cache Storage; the worker fetches them, as the CSP allows the page none. */
export interface ImageStore {
  warm(urls: string[]): void;
  keep(urls: string[]): Promise<void>;
  release(urls: string[]): Promise<void>;
  /** Drop every cached picture except the kept ones. */
  clear(): Promise<void>;
}

const hasCaches = () => typeof caches !== 'undefined';

/** `post` reaches the service worker: directly, or from the writer's worker through the page. */
export function createBrowserImageStore(
  post: (message: ImageMessage) => void = postToServiceWorker,
): ImageStore {
  return {
    warm(urls) {
      if (urls.length === 0) return;
      post({ type: 'CACHE_IMAGES', urls });
    },
    async keep(urls) {
      // Without a worker (first visit, development) nothing serves them offline anyway.
      if (urls.length === 0) return;
      post({ type: 'KEEP_IMAGES', urls });
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

/** For tests and for browsers without Cache Storage: remembers what it is asked. */
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
