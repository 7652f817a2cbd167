/** Cache Storage names shared by the service worker and the page. */
export const cacheNames = {
  /** Icons, the manifest and other non-hashed files: cached at install, never required. */
  extras: 'paperboy-extras',
  /** Article images seen while reading, bounded by count and age. */
  images: 'paperboy-images',
  /** Images of other origins (opaque responses are costly: a smaller bound). */
  remoteImages: 'paperboy-remote-images',
  /** Images of saved articles: kept until the article is unsaved. */
  savedImages: 'paperboy-saved-images',
  /** Read articles as whole pages, which the worker answers their URLs with on a later visit. */
  keptPages: 'paperboy-kept-pages',
} as const;

/**
 * The pages the worker answers app routes with (written by vite/contentPreload.ts): the
 * host's index.html and shell-article.html without a first visit's early asks (for the
 * content and the validator).
 * Kept pages are drawn from the article's.
 */
export const workerPages = {
  app: 'sw-shell.html',
  article: 'sw-shell-article.html',
} as const;

/**
 * The header on a stored page naming the build that drew it (its entry script): the worker
 * serves the page only while that script is in its precache, so no page outlives its code.
 */
export const pageBuildHeader = 'x-paperboy-build';

/** What the page asks the service worker to do with an article's pictures. */
export type ImageMessage =
  /** Cache a read article's pictures in the bounded image caches. */
  | { type: 'CACHE_IMAGES'; urls: string[] }
  /** Keep a saved article's pictures until it is unsaved. */
  | { type: 'KEEP_IMAGES'; urls: string[] };
