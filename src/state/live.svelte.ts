import { liveQuery } from 'dexie';
import { untrack } from 'svelte';

/**
 * The one bridge from Dexie's liveQuery to runes: `current` follows the query's result as
 * the store changes. The query re-subscribes whenever `key()` changes, and the previous
 * result stays on screen until the new one arrives (a list that grows never blinks).
 * Create it while a component initialises (it owns an effect).
 */
export class Live<T, K = void> {
  #value = $state<T | undefined>();
  #loaded = $state(false);
  #error = $state<unknown>();

  constructor(key: () => K, query: (key: K) => Promise<T>) {
    $effect(() => {
      const current = key();
      return untrack(() => {
        const subscription = liveQuery(() => query(current)).subscribe({
          next: (value) => {
            this.#value = value;
            this.#loaded = true;
            this.#error = undefined;
          },
          error: (error: unknown) => {
            this.#error = error;
            this.#loaded = true;
          },
        });
        return () => subscription.unsubscribe();
      });
    });
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
