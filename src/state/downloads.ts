import type { Repository } from '../data/repository';

/** One download per section at a time; a Web Lock keeps two tabs off the same section. */
export class DownloadManager {
  readonly #repository: Repository;
  readonly #running: Record<string, AbortController> = {};

  constructor(repository: Repository) {
    this.#repository = repository;
  }

  start(section: string): Promise<void> {
    if (this.#running[section]) return Promise.resolve();
    const controller = new AbortController();
    this.#running[section] = controller;
    const run = () =>
      this.#repository.runDownload(section, controller.signal).catch(() => {
        // The record says why it stopped (paused or cancelled); the view shows it.
      });
    const locked =
      typeof navigator !== 'undefined' && navigator.locks
        ? navigator.locks.request(`paperboy-download:${section}`, { ifAvailable: true }, (lock) =>
            lock ? run() : undefined,
          )
        : run();
    return Promise.resolve(locked).finally(() => delete this.#running[section]);
  }

  cancel(section: string): void {
    this.#running[section]?.abort();
  }
}
