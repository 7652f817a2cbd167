import { articleSlugPattern, sectionSlugPattern } from '../model/slugs';

export type Route =
  | { name: 'home' }
  | { name: 'section'; slug: string }
  | { name: 'article'; slug: string }
  | { name: 'saved' }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'search'; query: string }
  | { name: 'not-found' };

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The one place app URLs are built. */
export const paths = {
  home: (): string => base,
  section: (slug: string): string => `${base}section/${encodeURIComponent(slug)}`,
  article: (slug: string): string => `${base}article/${encodeURIComponent(slug)}`,
  saved: (): string => `${base}saved`,
  history: (): string => `${base}history`,
  settings: (): string => `${base}settings`,
  search: (query = ''): string => `${base}search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
};

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return paths.home();
    case 'section':
      return paths.section(route.slug);
    case 'article':
      return paths.article(route.slug);
    case 'saved':
      return paths.saved();
    case 'history':
      return paths.history();
    case 'settings':
      return paths.settings();
    case 'search':
      return paths.search(route.query);
  }
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a path (and query string) names; anything else is not-found (bad slugs too). */
export function parseRoute(pathname: string, search = ''): Route {
  const inside =
    pathname === base.slice(0, -1)
      ? ''
      : pathname.startsWith(base)
        ? pathname.slice(base.length)
        : undefined;
  if (inside === undefined) return { name: 'not-found' };
  const parts = inside.replace(/\/$/, '').split('/');
  if (parts.length === 1 && parts[0] === '') return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'saved') return { name: 'saved' };
  if (parts.length === 1 && parts[0] === 'history') return { name: 'history' };
  if (parts.length === 1 && parts[0] === 'settings') return { name: 'settings' };
  if (parts.length === 1 && parts[0] === 'search') {
    return { name: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  }
  if (parts.length !== 2) return { name: 'not-found' };
  const [kind, raw = ''] = parts;
  const slug = decode(raw);
  if (kind === 'section' && slug && sectionSlugPattern.test(slug)) return { name: 'section', slug };
  if (kind === 'article' && slug && articleSlugPattern.test(slug)) return { name: 'article', slug };
  return { name: 'not-found' };
}

/** True when a path is one of the app's own screens (not a file such as content/site.json). */
export function isAppPath(pathname: string): boolean {
  return parseRoute(pathname).name !== 'not-found';
}

/** As a server's SPA fallback; shared with the service worker so online and offline agree. */
export function isShellPath(pathname: string): boolean {
  if (!pathname.startsWith(base) && pathname !== base.slice(0, -1)) return false;
  const inside = pathname.slice(base.length);
  if (inside.startsWith('content/') || inside.startsWith('assets/')) return false;
  return !/\.[a-z0-9]+$/i.test(inside);
}
