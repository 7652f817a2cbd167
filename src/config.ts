/** The blog's site document; a deploy points elsewhere with VITE_CONTENT_URL at build time. */
export function contentEntryUrl(): string {
  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  return resolveContentUrl(import.meta.env.VITE_CONTENT_URL, appBase).href;
}

export function resolveContentUrl(configured: string | undefined, appBase: URL): URL {
  return new URL(configured || 'content/site.json', appBase);
}
