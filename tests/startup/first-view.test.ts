import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstView } from '../../src/startup/first-view';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('afterFirstView', () => {
  it('settles as soon as the first view is drawn', async () => {
    let draw: () => void = () => {};
    const waiting = afterFirstView(new Promise<void>((resolve) => (draw = resolve)));
    expect(await settled(waiting)).toBe(false);
    draw();
    expect(await settled(waiting)).toBe(true);
  });

  it('settles after 10 s when the first view never comes', async () => {
    const waiting = afterFirstView(new Promise<void>(() => {}));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });
});
