import type { ImageMessage } from '../caches/names';

/** What the page may ask of the worker: image messages, and workbox-window's update. */
export type PageMessage = ImageMessage | { type: 'SKIP_WAITING' };

export interface MessageActions {
  /** The reader chose to update: the waiting worker takes over (never before). */
  skipWaiting(): Promise<void>;
  keepImages(urls: string[]): Promise<void>;
  cacheImages(urls: string[]): Promise<unknown>;
}

/** Carries out a page's message; returns the work to wait for, if any. */
export function handleMessage(
  data: unknown,
  actions: MessageActions,
): Promise<unknown> | undefined {
  const message = data as Partial<PageMessage> | undefined;
  const urls = (message as { urls?: unknown } | undefined)?.urls;
  const list = Array.isArray(urls)
    ? urls.filter((url): url is string => typeof url === 'string')
    : [];
  switch (message?.type) {
    case 'SKIP_WAITING':
      return actions.skipWaiting();
    case 'KEEP_IMAGES':
      return actions.keepImages(list);
    case 'CACHE_IMAGES':
      return actions.cacheImages(list);
    default:
      return undefined;
  }
}
