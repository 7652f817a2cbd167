import { afterFirstView } from '../startup/first-view';
import { whenIdle } from '../startup/schedule';
import { trustedScriptUrl } from '../startup/script-urls';
import type { UpdateState } from './update.svelte';

/** After the first view, when idle: a first install downloads the whole app, competing with it. */
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
