import { jsonTypes, readBounded } from './body';

// Loaded only once a request has failed: the first view never carries it.

const maxErrorBytes = 64 * 1024;

/** The `code` of a JSON error body, as WordPress and many APIs send one. */
export async function errorCode(response: Response): Promise<{ code?: string }> {
  const type = response.headers.get('Content-Type');
  if (!type || !jsonTypes.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    return {};
  }
  try {
    const body = JSON.parse(await readBounded(response, maxErrorBytes, response.url)) as unknown;
    const code = (body as { code?: unknown } | null)?.code;
    return typeof code === 'string' && code.length <= 100 ? { code } : {};
  } catch {
    return {};
  }
}

const loginPath = /(^|\/)(wp-login\.php|login|log-in|signin|sign-in)(\/|$)/i;

export function sentToLogin(response: Response): boolean {
  try {
    return response.redirected && loginPath.test(new URL(response.url).pathname);
  } catch {
    return false;
  }
}

/**
 * A redirect loop and a server that refuses other sites (no CORS headers) fail like a lost
 * connection: asking again without following redirects, then without CORS, tells them apart.
 */
export async function whyUnreachable(
  url: string,
  doFetch: typeof fetch,
): Promise<'redirect' | 'cors' | 'network'> {
  try {
    const probe = await doFetch(url, { redirect: 'manual', cache: 'no-store' });
    const redirected =
      probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
    return redirected ? 'redirect' : 'network';
  } catch {
    // Refused again: see whether it answers at all.
  }
  try {
    const opaque = await doFetch(url, { mode: 'no-cors', cache: 'no-store' });
    return opaque.type === 'opaque' ? 'cors' : 'network';
  } catch {
    return 'network';
  }
}
