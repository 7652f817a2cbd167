/** Only the newest run counts, so a late answer for a page the reader has left never shows. */
export class Sync {
  busy = $state(false);
  error = $state<unknown>();
  #run = 0;

  async run(task: () => Promise<unknown>): Promise<void> {
    const run = ++this.#run;
    this.busy = true;
    this.error = undefined;
    try {
      await task();
      if (run === this.#run) this.error = undefined;
    } catch (error) {
      if (run === this.#run) this.error = error;
    } finally {
      if (run === this.#run) this.busy = false;
    }
  }

  reset(): void {
    this.#run++;
    this.busy = false;
    this.error = undefined;
  }
}
