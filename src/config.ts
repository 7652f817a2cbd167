/**
 * The blog the app reads: the site document's URL, relative to the app's base URL.
 * A deploy points elsewhere with VITE_CONTENT_URL at build time.
 */
export function contentEntryUrl(): string {
  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  return new URL(import.meta.env.VITE_CONTENT_URL || 'content/site.json', appBase).href;
}
