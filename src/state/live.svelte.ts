import { dequal } from 'dequal';
import { untrack } from 'svelte';
import { onStoreChange } from '../data/changes';
import type { StoreName } from '../db/schema';
import type { StoreRead } from '../data/repository';
import { localeDataReady } from '../locale/ready';

/**
 * A read's result as the store changes; with `drawsDates`, once the locale data is loaded.
 * Create it while a component initialises (it owns an effect).
 */
export class Live<T, A extends unknown[] = []> {
  // Raw: results are replaced whole, never changed in place, so deep proxies would only cost.
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
            // The same result again (say, pending records now stored) redraws nothing.
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
