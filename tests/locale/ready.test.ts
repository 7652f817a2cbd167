import { afterEach, describe, expect, it, vi } from 'vitest';
import { followWarmup, localeDataReady, localeWaitMs } from '../../src/locale/ready';

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('localeDataReady', () => {
  it('holds nothing up before a warm-up starts', async () => {
    vi.useFakeTimers();
    expect(await settled(localeDataReady())).toBe(true);
  });

  it('settles when the warm-up worker says it is done, and not before', async () => {
    vi.useFakeTimers();
    const worker = new EventTarget();
    followWarmup(worker);
    expect(await settled(localeDataReady())).toBe(false);
    worker.dispatchEvent(new MessageEvent('message', { data: 'warm' }));
    expect(await settled(localeDataReady())).toBe(true);
  });

  it('settles when the worker fails', async () => {
    vi.useFakeTimers();
    const worker = new EventTarget();
    followWarmup(worker);
    worker.dispatchEvent(new Event('error'));
    expect(await settled(localeDataReady())).toBe(true);
  });

  it('holds views up no longer than its bound when the worker never answers', async () => {
    vi.useFakeTimers();
    followWarmup(new EventTarget());
    await vi.advanceTimersByTimeAsync(localeWaitMs - 1);
    expect(await settled(localeDataReady())).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(localeDataReady())).toBe(true);
  });
});
