import { nextFrame } from '../startup/schedule';

/**
 * `step` more items a frame, so no task draws a whole list (a cold render also compiles each
 * component); once whole, what is added appears at once, to be focused.
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

  get shown(): number {
    return this.#whole ? Infinity : this.#shown;
  }
}
