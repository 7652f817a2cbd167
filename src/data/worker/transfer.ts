import { transferHandlers, type TransferHandler } from 'comlink';
import { ContentError, isContentError, type ContentFault } from '../../sources/errors';

interface ThrownContentError {
  contentError: { fault: ContentFault; url: string };
}

const isThrownContentError = (value: unknown): value is ThrownContentError =>
  typeof value === 'object' && value !== null && 'contentError' in value;

/** A ContentError whole (Comlink keeps its name and message only) and an AbortSignal, as a port. */
export function carryAcrossThreads(): void {
  const plain = transferHandlers.get('throw') as TransferHandler<{ value: unknown }, unknown>;
  if (!plain || (plain as { carriesContentErrors?: true }).carriesContentErrors) return;
  const carrying: TransferHandler<{ value: unknown }, unknown> & { carriesContentErrors: true } = {
    carriesContentErrors: true,
    canHandle: (value): value is { value: unknown } => plain.canHandle(value),
    serialize(thrown) {
      const error = thrown.value;
      if (!isContentError(error)) return plain.serialize(thrown);
      const wire: ThrownContentError = { contentError: { fault: error.fault, url: error.url } };
      return [wire, []];
    },
    deserialize(wire) {
      if (isThrownContentError(wire)) {
        throw new ContentError(wire.contentError.fault, wire.contentError.url);
      }
      return plain.deserialize(wire);
    },
  };
  transferHandlers.set('throw', carrying as TransferHandler<unknown, unknown>);
  transferHandlers.set('abortSignal', abortSignals as TransferHandler<unknown, unknown>);
}

const abortSignals: TransferHandler<AbortSignal, MessagePort> = {
  canHandle: (value): value is AbortSignal => value instanceof AbortSignal,
  serialize(signal) {
    const { port1, port2 } = new MessageChannel();
    const abort = () => {
      port1.postMessage('abort');
      port1.close();
    };
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    return [port2, [port2]];
  },
  deserialize(port) {
    const controller = new AbortController();
    port.onmessage = () => {
      controller.abort(new DOMException('The download was cancelled.', 'AbortError'));
      port.close();
    };
    return controller.signal;
  },
};
