import { nextFrame } from '../startup/schedule';

/**
 * How much of a long list to draw when it first shows: the first `first` items at once,
 * then `step` more after each frame, so that no single task draws the whole list. On a
 * cold page a first render also compiles each component as it goes; in one piece it holds
 * the main thread for 100 ms and more. Items below the first screen are appended, so
 * nothing drawn moves. Once drawn whole, the list is drawn as it is: what is added later
 * (an older page the reader asked for) appears at once, to be focused.
 * Create it while a component initialises (it owns an effect).
 */
export class Unfold {
  #shown = $state(0);
  #whole = $state(false);

  constructor(total: () => number, first: number, step: number) {
    this.#shown = first;
    $effect(() => {
      const count = total();
      if (this.#whole || count === 0) return;
      if (this.#shown >= count) {
        this.#whole = true;
        return;
      }
      let stopped = false;
      void nextFrame().then(() => {
        if (!stopped) this.#shown += step;
      });
      return () => {
        stopped = true;
      };
    });
  }

  /** How many items to draw now. */
  get shown(): number {
    return this.#whole ? Infinity : this.#shown;
  }
}
