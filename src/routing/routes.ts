import { articleSlugPattern, sectionSlugPattern } from '../model/schema';

/** Every screen of the app, as the URL names it. */
export type Route =
  | { name: 'home' }
  | { name: 'section'; slug: string }
  | { name: 'article'; slug: string }
  | { name: 'not-found' };

/** The app's base path, always ending in a slash ("/" or "/paperboy/"). */
const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The one place app URLs are built. */
export const paths = {
  home: (): string => base,
  section: (slug: string): string => `${base}section/${encodeURIComponent(slug)}`,
  article: (slug: string): string => `${base}article/${encodeURIComponent(slug)}`,
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
  }
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a path names; anything else is not-found (slugs that break the contract too). */
export function parseRoute(pathname: string): Route {
  const inside =
    pathname === base.slice(0, -1)
      ? ''
      : pathname.startsWith(base)
        ? pathname.slice(base.length)
        : undefined;
  if (inside === undefined) return { name: 'not-found' };
  const parts = inside.replace(/\/$/, '').split('/');
  if (parts.length === 1 && parts[0] === '') return { name: 'home' };
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
