import { Workbox } from 'workbox-window';
import { trustedScriptUrl } from './script-urls';
import type { UpdateState } from './update.svelte';

/**
 * Registers the service worker (production builds only). A worker that installs while an
 * older one controls the page waits; the reader is offered a reload, which activates it
 * and reloads this tab once.
 */
export function registerServiceWorker(update: UpdateState): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
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
  void wb.register();
}
