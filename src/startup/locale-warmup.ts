import { trustedScriptUrl } from './script-urls';
import { followWarmup } from '../locale/ready';

/**
 * Loads the browser's locale data on another thread while the page fetches and reads its
 * first view; views that draw dates hold their first result until it is loaded
 * (locale/ready.ts), so no main-thread task pays for it or waits on the worker's lock.
 * Only a speed-up: where a worker cannot start, the first formatter pays it as before.
 */
export function warmLocaleDataOffThread(): void {
  try {
    // The Trusted Types policy's URL object; the DOM typings know strings only.
    const worker = new Worker(trustedScriptUrl('localeWorker') as string, {
      type: 'module',
      name: 'paperboy-locale',
    });
    followWarmup(worker);
  } catch {
    // No worker here (or refused): the page formats its first date itself.
  }
}
