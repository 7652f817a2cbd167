/** Never forced: the reader chooses when to reload, and only the tab that chose reloads. */
export class UpdateState {
  available = $state(false);
  #apply: (() => void) | undefined;

  offer(apply: () => void): void {
    this.#apply = apply;
    this.available = true;
  }

  apply(): void {
    this.#apply?.();
  }

  reset(): void {
    this.available = false;
    this.#apply = undefined;
  }
}
