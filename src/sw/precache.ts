import type { PrecacheEntry } from 'workbox-precaching';
import { cacheNames } from '../caches/names';

/** The shell must install whole (a failed install keeps the old worker); extras never stop it. */
export function splitManifest(
  manifest: readonly (PrecacheEntry | string)[],
  scope: string,
): { shell: PrecacheEntry[]; extras: Set<string> } {
  const entries = manifest.map((entry) =>
    typeof entry === 'string' ? { url: entry, revision: null } : entry,
  );
  const isShell = (entry: PrecacheEntry) =>
    /\.(html|js|css)$/.test(new URL(entry.url, scope).pathname);
  return {
    shell: entries.filter(isShell),
    extras: new Set(
      entries.filter((entry) => !isShell(entry)).map((e) => new URL(e.url, scope).href),
    ),
  };
}

/** Caches each extra afresh; one that fails is reported and left out. */
export async function cacheExtras(
  extras: Set<string>,
  storage: CacheStorage = caches,
  load: typeof fetch = fetch,
): Promise<void> {
  const cache = await storage.open(cacheNames.extras);
  const results = await Promise.allSettled(
    [...extras].map(async (url) => {
      const response = await load(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} for ${url}`);
      await cache.put(url, response);
    }),
  );
  for (const result of results) {
    if (result.status === 'rejected') console.warn('Paperboy could not cache', result.reason);
  }
}

export async function pruneExtras(
  extras: Set<string>,
  storage: CacheStorage = caches,
): Promise<void> {
  const cache = await storage.open(cacheNames.extras);
  for (const request of await cache.keys()) {
    if (!extras.has(request.url)) await cache.delete(request);
  }
}
