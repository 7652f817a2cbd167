import { transferHandlers, type TransferHandler } from 'comlink';
import { ContentError, isContentError, type ContentFault } from '../../sources/errors';

interface ThrownContentError {
  contentError: { fault: ContentFault; url: string };
}

const isThrownContentError = (value: unknown): value is ThrownContentError =>
  typeof value === 'object' && value !== null && 'contentError' in value;

/**
 * Comlink carries a thrown error across threads as its name and message only. The views
 * tell the reader what went wrong from a ContentError's fault, so one crosses whole and
 * arrives as a ContentError again. Both sides of the writer's worker install this.
 */
export function carryContentErrors(): void {
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
}
