import { isShellPath, parseRoute } from '../routing/routes';

/** What a request gets from the worker's own routes; undefined: the network, untouched. */
export type Answer = 'app-shell' | 'article' | 'extra' | 'image' | undefined;

interface RequestLike {
  mode: string;
  destination: string;
}

/** Navigations to app routes get a cached page; pictures of this or any https origin, the caches. */
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
