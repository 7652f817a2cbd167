/** Everything that can go wrong between asking for a document and holding a valid one. */
export type ContentFault =
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  /** `code`: the machine-readable reason a JSON error body gave (WordPress's `rest_no_route`). */
  | { kind: 'http'; status: number; retryAfterMs?: number; code?: string }
  /** The server answers, but not to apps on other sites: it sends no CORS headers. */
  | { kind: 'cors' }
  /** The server sent the request to a login page instead of answering it. */
  | { kind: 'login' }
  /** An address that answers, but with no blog Paperboy can read. */
  | { kind: 'not-a-blog'; reason: 'not-an-address' | 'unknown' }
  | { kind: 'redirect' }
  | { kind: 'content-type'; received: string }
  | { kind: 'truncated' }
  | { kind: 'not-json' }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'invalid'; path: string; problem: string }
  | { kind: 'version'; version: unknown }
  /** The device has no room left for the fetched document (none of it is stored). */
  | { kind: 'storage-full' }
  /** This tab's store closed under it (a newer version, or site data cleared): reload to reopen. */
  | { kind: 'storage-closed' };

export class ContentError extends Error {
  override readonly name = 'ContentError';

  constructor(
    readonly fault: ContentFault,
    readonly url: string,
  ) {
    super(`${fault.kind}: ${url}`);
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError;
}
