import { dequal } from 'dequal';
import { untrack } from 'svelte';
import { onStoreChange } from '../data/changes';
import type { StoreName } from '../db/schema';
import type { StoreRead } from '../data/repository';
import { localeDataReady } from '../locale/ready';

/**
 * The one bridge from the store to runes: `current` follows a read's result as the store
 * changes (a committed write re-runs the reads on screen that look at a store it wrote, as
 * each read carries). The read re-runs whenever `args()` changes, and the previous result
 * stays on screen until the new one arrives (a list that grows never blinks). Create it
 * while a component initialises (it owns an effect).
 *
 * With `drawsDates`, results wait for the locale data (locale/ready.ts) while the read runs,
 * so the view's first draw formats its dates in a few milliseconds at most (measured on a cold
 * visit), not in one long task that loads the locale data on this thread.
 */
export class Live<T, A extends unknown[] = []> {
  // Raw: each result replaces the last whole and is never changed in place, so deep proxies
  // (a signal per field of every record on screen) would only cost time and memory.
  #value = $state.raw<T | undefined>();
  #loaded = $state(false);
  #error = $state<unknown>();

  constructor(args: () => [...A], read: StoreRead<A, T>, options: { drawsDates?: boolean } = {}) {
    const drawn = options.drawsDates
      ? async (...current: A) => {
          const locale = localeDataReady();
          const value = await read(...current);
          await locale;
          return value;
        }
      : read;
    $effect(() => {
      const current = args();
      return untrack(() => this.#follow(() => drawn(...current), read.stores));
    });
  }

  /** Reads now and after every change; a change during a read reads again, so the last word is current. */
  #follow(read: () => Promise<T>, stores: readonly StoreName[] | undefined): () => void {
    let stopped = false;
    let running = false;
    let again = false;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        try {
          const value = await read();
          if (!stopped && !again) {
            // The same result again (a write elsewhere in a store it reads, or pending
            // records now stored) redraws nothing.
            if (!dequal(value, this.#value)) this.#value = value;
            this.#error = undefined;
            this.#loaded = true;
          }
        } catch (error) {
          if (!stopped && !again) {
            this.#error = error;
            this.#loaded = true;
          }
        }
      } while (again && !stopped);
      running = false;
    };
    const stop = onStoreChange(() => void run(), stores);
    void run();
    return () => {
      stopped = true;
      stop();
    };
  }

  /** The latest result; undefined until the first one arrives (see `loaded`). */
  get current(): T | undefined {
    return this.#value;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Reading the store failed (not a network problem: those belong to Sync). */
  get error(): unknown {
    return this.#error;
  }
}
