import { isShellPath, parseRoute } from '../routing/routes';

/** What a request gets from the worker's own routes; undefined: the network, untouched. */
export type Answer = 'app-shell' | 'article' | 'extra' | 'image' | undefined;

interface RequestLike {
  mode: string;
  destination: string;
}

/**
 * Which of the worker's answers a request gets. Navigations to app routes get a cached page
 * (an article's: its kept page or the article shell), files and content JSON never do;
 * pictures of this origin or of any https origin go through the image caches; the icons
 * and manifest (extras) through their own cache.
 */
export function answerFor(
  request: RequestLike,
  url: URL,
  origin: string,
  extras: Set<string>,
): Answer {
  if (extras.has(url.href)) return 'extra';
  if (request.mode === 'navigate') {
    if (url.origin !== origin || !isShellPath(url.pathname)) return undefined;
    return parseRoute(url.pathname).name === 'article' ? 'article' : 'app-shell';
  }
  if (request.destination === 'image' && (url.origin === origin || url.protocol === 'https:')) {
    return 'image';
  }
  return undefined;
}
