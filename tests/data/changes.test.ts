import { describe, expect, it } from 'vitest';
import { mutatedStores, notifyStoreChange, onStoreChange } from '../../src/data/changes';

/** Listeners for the test, counting what each heard; removed when done. */
function listen(...reads: (readonly ('site' | 'articles' | 'saved' | 'pages')[] | undefined)[]) {
  const heard = reads.map(() => 0);
  const stops = reads.map((stores, index) =>
    onStoreChange(() => {
      heard[index] = (heard[index] ?? 0) + 1;
    }, stores),
  );
  return { heard, stop: () => stops.forEach((stop) => stop()) };
}

const burst = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('store changes', () => {
  it('reach only the queries that read a store the burst wrote', async () => {
    const { heard, stop } = listen(['site'], ['saved'], ['pages', 'articles'], undefined);
    notifyStoreChange(['articles']);
    notifyStoreChange(['pages']);
    await burst();
    expect(heard).toEqual([0, 0, 1, 1]);
    notifyStoreChange(['site']);
    await burst();
    expect(heard).toEqual([1, 0, 1, 2]);
    stop();
  });

  it('reach every query when what was written is not known', async () => {
    const { heard, stop } = listen(['site'], ['saved'], undefined);
    notifyStoreChange(['site']);
    notifyStoreChange();
    await burst();
    expect(heard).toEqual([1, 1, 1]);
    notifyStoreChange(['articles']);
    await burst();
    expect(heard).toEqual([1, 1, 2]);
    stop();
  });

  it('are coalesced: one re-read per burst, however many writes', async () => {
    const { heard, stop } = listen(['articles']);
    for (let write = 0; write < 5; write += 1) notifyStoreChange(['articles']);
    await burst();
    expect(heard).toEqual([1]);
    stop();
  });

  it('are read from the keys of a Dexie storagemutated event', () => {
    expect(
      mutatedStores({
        'idb://paperboy/articles/': {},
        'idb://paperboy/articles/[section+published]': {},
        'idb://paperboy/articles/:dels': {},
        'idb://paperboy/pages/': {},
        'idb://tests/one/saved/savedAt': {},
      })?.sort(),
    ).toEqual(['articles', 'pages', 'saved']);
    expect(mutatedStores({})).toBeUndefined();
    expect(mutatedStores({ 'something else': {} })).toBeUndefined();
  });
});
