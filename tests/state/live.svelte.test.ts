import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyStoreChange } from '../../src/data/changes';
import { followWarmup } from '../../src/locale/ready';
import { Live } from '../../src/state/live.svelte';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A Live over `read` inside an effect root, with a count of how often its result was drawn. */
function follow<T>(read: () => Promise<T>, options: { drawsDates?: boolean } = {}) {
  const drawn: (T | undefined)[] = [];
  let live!: Live<T>;
  cleanups.push(
    $effect.root(() => {
      live = new Live(() => [], Object.assign(read, { stores: ['articles'] as const }), options);
      $effect(() => {
        drawn.push(live.current);
      });
    }),
  );
  flushSync();
  return { drawn, live: () => live };
}

describe('Live', () => {
  it('draws a result equal to the last one only once: a write elsewhere redraws nothing', async () => {
    let value = { slugs: ['a', 'b'], updated: new Map([['a', 1]]) };
    const read = vi.fn(async () => structuredClone(value));
    const { drawn } = follow(read);
    await vi.waitFor(() => expect(drawn).toHaveLength(2));
    notifyStoreChange(['articles']);
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    flushSync();
    expect(drawn).toHaveLength(2);
    value = { slugs: ['a', 'b', 'c'], updated: new Map([['a', 1]]) };
    notifyStoreChange(['articles']);
    await vi.waitFor(() => expect(drawn).toHaveLength(3));
    expect(drawn.at(-1)).toEqual(value);
  });

  it('holds a view with dates until the locale data is loaded, and only such a view', async () => {
    const warmup = new EventTarget();
    followWarmup(warmup);
    const read = vi.fn(async () => ['a']);
    const dated = follow(read, { drawsDates: true });
    const plain = follow(read);
    await vi.waitFor(() => expect(plain.drawn).toEqual([undefined, ['a']]));
    expect(read).toHaveBeenCalledTimes(2);
    flushSync();
    expect(dated.drawn).toEqual([undefined]);
    warmup.dispatchEvent(new MessageEvent('message', { data: 'warm' }));
    await vi.waitFor(() => expect(dated.drawn).toEqual([undefined, ['a']]));
  });
});
