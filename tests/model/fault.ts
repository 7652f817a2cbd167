import { ContentError, type ContentFault } from '../../src/sources/errors';

/** Runs `fn`, which must throw a ContentError, and returns that error. */
export function contentErrorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw new Error(`expected a ContentError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

/** The fault of the ContentError that `fn` throws. */
export function faultOf(fn: () => unknown): ContentFault {
  return contentErrorOf(fn).fault;
}

/** The path of the 'invalid' fault that `fn` throws (fails when the fault is of another kind). */
export function invalidPathOf(fn: () => unknown): string {
  const fault = faultOf(fn);
  if (fault.kind !== 'invalid') throw new Error(`expected an invalid fault, got ${fault.kind}`);
  return fault.path;
}

/** The fault of the ContentError that `promise` rejects with. */
export async function rejectedFaultOf(promise: Promise<unknown>): Promise<ContentFault> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContentError) return error.fault;
    throw new Error(`expected a ContentError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a ContentError, but the promise resolved');
}
