import { cacheNames, pageBuildHeader } from '../caches/names';

export type IsPrecached = (url: string) => boolean;

/** A kept page is good while the build that drew it is the one precached, so no page outlives its code. */
export function isCurrent(page: Response, isPrecached: IsPrecached): boolean {
  const build = page.headers.get(pageBuildHeader);
  return build !== null && isPrecached(build);
}

export async function keptPage(
  pathname: string,
  isPrecached: IsPrecached,
  storage: CacheStorage = caches,
): Promise<Response | undefined> {
  const cache = await storage.open(cacheNames.keptPages);
  const page = await cache.match(pathname);
  return page && isCurrent(page, isPrecached) ? page : undefined;
}

/** Drops the pages an older build drew (the worker that installs them activates). */
export async function pruneKeptPages(
  isPrecached: IsPrecached,
  storage: CacheStorage = caches,
): Promise<void> {
  const cache = await storage.open(cacheNames.keptPages);
  for (const request of await cache.keys()) {
    const page = await cache.match(request);
    if (!page || !isCurrent(page, isPrecached)) await cache.delete(request);
  }
}
