/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { cacheNames, workerPages } from '../caches/names';
import { imageCacheFor, imageCaches, imageRequest, keepImages, savedImage } from './images';
import { keptPage, pruneKeptPages } from './kept-pages';
import { handleMessage } from './messages';
import { cacheExtras, pruneExtras, splitManifest } from './precache';
import { answerFor } from './routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const origin = self.location.origin;
const isPrecached = (url: string) => getCacheKeyForURL(url) !== undefined;

setCacheNameDetails({ prefix: 'paperboy' });
const { shell, extras } = splitManifest(self.__WB_MANIFEST, self.location.href);
// No directory index: "/" is an app route like any other and gets the app's shell.
precacheAndRoute(shell, { directoryIndex: '' });
cleanupOutdatedCaches();
// The first worker takes the open page at once; later ones wait for the reader (SKIP_WAITING).
clientsClaim();

self.addEventListener('install', (event) => event.waitUntil(cacheExtras(extras)));
self.addEventListener('activate', (event) =>
  event.waitUntil(Promise.all([pruneExtras(extras), pruneKeptPages(isPrecached)])),
);

const appShell = createHandlerBoundToURL(workerPages.app);
const articleShell = createHandlerBoundToURL(workerPages.article);
const extrasCache = new StaleWhileRevalidate({ cacheName: cacheNames.extras });
const imageStrategies = {
  local: imageStrategy(imageCaches.local),
  remote: imageStrategy(imageCaches.remote),
};

function imageStrategy(bounds: (typeof imageCaches)[keyof typeof imageCaches]): CacheFirst {
  return new CacheFirst({
    cacheName: bounds.cacheName,
    plugins: [
      new CacheableResponsePlugin({ statuses: [...bounds.statuses] }),
      new ExpirationPlugin({
        maxEntries: bounds.maxEntries,
        maxAgeSeconds: bounds.maxAgeSeconds,
        purgeOnQuotaError: true,
      }),
    ],
  });
}

/** Saved articles' pictures first (they never expire), then the bounded caches. */
async function image(request: Request, event: ExtendableEvent): Promise<Response> {
  const strategy = imageStrategies[imageCacheFor(new URL(request.url), origin)];
  return (await savedImage(request)) ?? strategy.handle({ request, event });
}

registerRoute(
  ({ request, url }) => answerFor(request, url, origin, extras) !== undefined,
  async (options) => {
    const { request, url, event } = options;
    switch (answerFor(request, url, origin, extras)) {
      case 'extra':
        return extrasCache.handle(options);
      case 'article':
        return (await keptPage(url.pathname, isPrecached)) ?? articleShell(options);
      case 'image':
        return image(request, event as ExtendableEvent);
      default:
        return appShell(options);
    }
  },
);

self.addEventListener('message', (event) => {
  const work = handleMessage(event.data, {
    skipWaiting: () => self.skipWaiting(),
    keepImages: (urls) => keepImages(urls, origin),
    // Reading an article keeps its pictures too, even those below the fold.
    cacheImages: (urls) =>
      Promise.allSettled(urls.map((url) => image(imageRequest(url, origin), event))),
  });
  if (work) event.waitUntil(work);
});
