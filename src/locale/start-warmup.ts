import { trustedScriptUrl } from '../pwa/script-urls';

/**
 * Loads the browser's locale data on another thread while the page fetches and reads its
 * first view, so that view's dates (Intl) do not cost one long main-thread task (TBT) to
 * draw. Only a speed-up: where a worker cannot start, the first formatter pays it as before.
 */
export function warmLocaleDataOffThread(): void {
  try {
    // The Trusted Types policy's URL object; the DOM typings know strings only.
    new Worker(trustedScriptUrl('localeWorker') as string, {
      type: 'module',
      name: 'paperboy-locale',
    });
  } catch {
    // No worker here (or refused): the page formats its first date itself.
  }
}
