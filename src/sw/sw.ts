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
import { CacheFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { isShellPath, parseRoute } from '../routing/routes';
import { cacheNames, pageBuildHeader, workerPages, type WorkerMessage } from './caches';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

setCacheNameDetails({ prefix: 'paperboy' });

const entries = self.__WB_MANIFEST.map((entry) =>
  typeof entry === 'string' ? { url: entry, revision: null } : entry,
);
const absolute = (url: string) => new URL(url, self.location.href).href;

// The shell (HTML, JS, CSS) must install whole: without it nothing works offline, and a
// failed install keeps the previous worker. Everything else (icons, manifest) is a bonus
// whose 404 must never stop the install.
const isShell = (url: string) => /\.(html|js|css)$/.test(new URL(absolute(url)).pathname);
// No directory index: "/" is an app route like any other and gets the worker's shell below.
precacheAndRoute(
  entries.filter((entry) => isShell(entry.url)),
  { directoryIndex: '' },
);
const extras = new Set(entries.filter((entry) => !isShell(entry.url)).map((e) => absolute(e.url)));

self.addEventListener('install', (event) => {
  event.waitUntil(cacheExtras());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([pruneExtras(), prunePages()]));
});

async function cacheExtras(): Promise<void> {
  const cache = await caches.open(cacheNames.extras);
  const results = await Promise.allSettled(
    [...extras].map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} for ${url}`);
      await cache.put(url, response);
    }),
  );
  for (const result of results) {
    if (result.status === 'rejected') console.warn('Paperboy could not cache', result.reason);
  }
}

async function pruneExtras(): Promise<void> {
  const cache = await caches.open(cacheNames.extras);
  for (const request of await cache.keys()) {
    if (!extras.has(request.url)) await cache.delete(request);
  }
}

/** A kept page is good while the build that drew it is the one precached. */
const isCurrent = (page: Response) => {
  const build = page.headers.get(pageBuildHeader);
  return build !== null && getCacheKeyForURL(build) !== undefined;
};

async function prunePages(): Promise<void> {
  const cache = await caches.open(cacheNames.keptPages);
  for (const request of await cache.keys()) {
    const page = await cache.match(request);
    if (!page || !isCurrent(page)) await cache.delete(request);
  }
}

cleanupOutdatedCaches();
// The first worker takes the open page at once; later ones wait for the reader (SKIP_WAITING).
clientsClaim();

registerRoute(
  ({ url }) => extras.has(url.href),
  new StaleWhileRevalidate({ cacheName: cacheNames.extras }),
);

// App routes, typed or reloaded, get the cached page; files and content JSON never do. An
// article's shell also asks for the article view's code and style at once (vite/articleShell.ts);
// a read article gets the page the app drew for it (src/sources/kept-pages.ts), painted before any script.
const shell = createHandlerBoundToURL(workerPages.app);
const articleShell = createHandlerBoundToURL(workerPages.article);

async function keptPage(url: URL): Promise<Response | undefined> {
  const page = await caches.match(url.pathname, { cacheName: cacheNames.keptPages });
  return page && isCurrent(page) ? page : undefined;
}

registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && url.origin === self.location.origin && isShellPath(url.pathname),
  async (options) => {
    if (parseRoute(options.url.pathname).name !== 'article') return shell(options);
    return (await keptPage(options.url)) ?? articleShell(options);
  },
);

const day = 24 * 60 * 60;
const localImages = new CacheFirst({
  cacheName: cacheNames.images,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * day, purgeOnQuotaError: true }),
  ],
});
const remoteImages = new CacheFirst({
  cacheName: cacheNames.remoteImages,
  plugins: [
    new CacheableResponsePlugin({ statuses: [0, 200] }),
    new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * day, purgeOnQuotaError: true }),
  ],
});

const isLocal = (url: URL) => url.origin === self.location.origin;
const strategyFor = (url: URL): Strategy => (isLocal(url) ? localImages : remoteImages);

/** Saved articles' images first (never expire), then the bounded image caches. */
async function image(request: Request, event: ExtendableEvent): Promise<Response> {
  const saved = await caches.match(request, { cacheName: cacheNames.savedImages });
  return saved ?? strategyFor(new URL(request.url)).handle({ request, event });
}

registerRoute(
  ({ request, url }) =>
    request.destination === 'image' && (isLocal(url) || url.protocol === 'https:'),
  ({ request, event }) => image(request, event as ExtendableEvent),
);

const requestFor = (url: string) =>
  new Request(url, isLocal(new URL(url)) ? {} : { mode: 'no-cors' });

/** A saved article's pictures: fetched by the worker (the page's CSP allows no remote fetch). */
async function keep(urls: string[]): Promise<void> {
  const cache = await caches.open(cacheNames.savedImages);
  await Promise.allSettled(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const cached = await caches.match(url);
      const response = cached ?? (await fetch(requestFor(url)));
      if (response.ok || response.type === 'opaque') await cache.put(url, response);
    }),
  );
}

self.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage | undefined;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === 'KEEP_IMAGES') event.waitUntil(keep(message.urls));
  if (message?.type === 'CACHE_IMAGES') {
    // Reading an article keeps its pictures too, even those below the fold.
    event.waitUntil(Promise.allSettled(message.urls.map((url) => image(requestFor(url), event))));
  }
});
