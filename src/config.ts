/**
 * The blog the app reads: the site document's URL, relative to the app's base URL.
 * A deploy points elsewhere with VITE_CONTENT_URL at build time.
 */
export function contentEntryUrl(): string {
  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  return resolveContentUrl(import.meta.env.VITE_CONTENT_URL, appBase).href;
}

/** The site document's URL for a VITE_CONTENT_URL (or none: the demo blog) and the app's base. */
export function resolveContentUrl(configured: string | undefined, appBase: URL): URL {
  return new URL(configured || 'content/site.json', appBase);
}
