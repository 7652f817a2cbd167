/** Cache Storage names shared by the service worker and the page. */
export const cacheNames = {
  /** Icons, the manifest and other non-hashed files: cached at install, never required. */
  extras: 'paperboy-extras',
  images: 'paperboy-images',
  /** Images of other origins (opaque responses are costly: a smaller bound). */
  remoteImages: 'paperboy-remote-images',
  /** Images of saved articles: kept until the article is unsaved. */
  savedImages: 'paperboy-saved-images',
  keptPages: 'paperboy-kept-pages',
} as const;

/** The pages the worker answers app routes with (vite/contentPreload.ts): no first visit's asks. */
export const workerPages = {
  app: 'sw-shell.html',
  article: 'sw-shell-article.html',
} as const;

/** Names the build that drew a kept page: served only while its script is precached. */
export const pageBuildHeader = 'x-paperboy-build';

export type ImageMessage =
  { type: 'CACHE_IMAGES'; urls: string[] } | { type: 'KEEP_IMAGES'; urls: string[] };
