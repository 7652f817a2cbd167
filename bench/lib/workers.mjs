// Starts and stops the page's service worker through the DevTools protocol, so a navigation
// can be measured with the worker already running or with it having to boot first.

/**
 * @typedef {object} WorkerVersion
 * @property {string} versionId
 * @property {string} scriptURL
 * @property {string} runningStatus "stopped" | "starting" | "running" | "stopping"
 * @property {string} status "new" | "installing" | "installed" | "activating" | "activated" | "redundant"
 */

export class Workers {
  /** @type {Map<string, WorkerVersion>} */
  #versions = new Map();
  #cdp;
  #scope;

  /** @param {import('playwright-core').CDPSession} cdp @param {string} scope e.g. "http://127.0.0.1:1234/" */
  constructor(cdp, scope) {
    this.#cdp = cdp;
    this.#scope = scope;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) this.#versions.set(version.versionId, version);
    });
  }

  /** @param {import('playwright-core').Page} page @param {string} scope */
  static async attach(page, scope) {
    const workers = new Workers(await page.context().newCDPSession(page), scope);
    await workers.#cdp.send('ServiceWorker.enable');
    return workers;
  }

  /** The activated version's running status, as last reported. */
  get status() {
    const active = [...this.#versions.values()].filter((v) => v.status === 'activated');
    return active.at(-1)?.runningStatus ?? 'none';
  }

  /** Stops every worker and waits until the active one reports "stopped". */
  async stopAll() {
    await this.#cdp.send('ServiceWorker.stopAllWorkers');
    await this.#until('stopped');
  }

  /** Makes sure the active worker is running (it stops itself after a while idle). */
  async ensureRunning() {
    if (this.status === 'running') return;
    await this.#cdp.send('ServiceWorker.startWorker', { scopeURL: this.#scope });
    await this.#until('running');
  }

  /** @param {string} status */
  async #until(status, timeout = 5000) {
    const end = Date.now() + timeout;
    while (this.status !== status) {
      if (Date.now() > end) throw new Error(`service worker still ${this.status}, not ${status}`);
      await new Promise((done) => setTimeout(done, 10));
    }
  }
}
