import { trustedScriptUrl } from './script-urls';
import { followWarmup } from '../locale/ready';

/** Off the main thread; views that draw dates wait for it (locale/ready.ts). Only a speed-up. */
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
