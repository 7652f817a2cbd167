import { afterFirstView } from '../startup/first-view';
import { whenIdle } from '../startup/schedule';
import { trustedScriptUrl } from '../startup/script-urls';
import type { UpdateState } from './update.svelte';

/**
 * Registers the service worker (production builds only) once the first view is drawn and
 * the page is idle. A first install downloads the whole app into the worker's cache: begun
 * with the page, it competed with the first view for the connection and the CPU (on two
 * cores, with the writer's worker also starting), and the front page drew about 300 ms
 * later in a traced cold load. workbox-window is loaded then too, so it is not in the first
 * view. A worker that installs while an older one controls the page waits; the reader is
 * offered a reload, which activates it and reloads this tab once.
 */
export function registerServiceWorker(update: UpdateState, firstView: Promise<void>): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // A failed registration (its script did not arrive) is tried again on the next load.
  const start = () => void register(update).catch(() => undefined);
  void afterFirstView(firstView).then(() => whenIdle(start));
}

async function register(update: UpdateState): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(trustedScriptUrl('serviceWorker'), { scope: base });
  let reloading = false;
  wb.addEventListener('waiting', () => {
    update.offer(() => {
      wb.addEventListener('controlling', () => {
        if (reloading) return;
        reloading = true;
        window.location.reload();
      });
      wb.messageSkipWaiting();
    });
  });
  await wb.register();
}
