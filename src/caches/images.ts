import { cacheNames, type ImageMessage } from './names';

/** Tells the service worker in control of this page, if any. */
export const postToServiceWorker = (message: ImageMessage) =>
  navigator.serviceWorker?.controller?.postMessage(message);

/**
 * Article pictures in Cache Storage, which the service worker reads from. The worker fetches
 * them (the page's Content-Security-Policy allows it no remote fetch): read articles' go
 * through its bounded caches, saved articles' into a cache kept until they are unsaved.
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

/**
 * `post` reaches the service worker: the page's controller, or (from the writer's worker,
 * which has no `navigator.serviceWorker`) a message through the page.
 */
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
