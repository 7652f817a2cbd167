/** An answer to one request. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[]>;
  body: string | Buffer;
}

/** What a handler is told of a request. */
export interface Asked {
  method: string;
  /** The whole URL, on the server's origin. */
  url: URL;
  /** The request's Origin header, if it sent one. */
  origin: string | undefined;
}

/** A demo blog server on 127.0.0.1. */
export interface DemoServer {
  /** Listens on 127.0.0.1 (port 0: any free port) and resolves to the origin. */
  start(port?: number): Promise<string>;
  stop(): Promise<void>;
  /** Path and query of every request, in order. */
  readonly requests: string[];
  /** The origin, "http://127.0.0.1:<port>"; throws before start(). */
  readonly url: string;
}

/**
 * A server whose handler is made once it listens, from its origin (the URLs it writes depend
 * on it), waiting `delayMs` before each answer.
 */
export declare function demoServer(
  open: (origin: string) => Promise<(asked: Asked) => Reply>,
  delayMs?: number,
): DemoServer;
