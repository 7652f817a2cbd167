import type { Repository } from '../data/repository';
import { Live } from './live.svelte';

/**
 * How many articles wait for a connection, for a count beside the Saved link. Create it
 * while a component initialises (its Live owns an effect).
 */
export class QueuedCount {
  readonly #queue: Live<{ slug: string }[]>;

  constructor(repository: Pick<Repository, 'readQueue'>) {
    this.#queue = new Live(() => [], repository.readQueue);
  }

  get current(): number {
    return this.#queue.current?.length ?? 0;
  }
}
