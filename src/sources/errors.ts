/** Everything that can go wrong between asking for a document and holding a valid one. */
export type ContentFault =
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number; retryAfterMs?: number }
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
