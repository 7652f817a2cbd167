import { Workbox } from 'workbox-window';
import type { WorkerMessage } from '../sw/caches';
import type { UpdateState } from './update.svelte';

let workbox: Workbox | undefined;

/**
 * Registers the service worker (production builds only). A worker that installs while an
 * older one controls the page waits; the reader is offered a reload, which activates it
 * and reloads this tab once.
 */
export function registerServiceWorker(update: UpdateState): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  workbox = wb;
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

/** Sends a message to the active worker, if there is one. */
export function postToWorker(message: WorkerMessage): void {
  if (workbox) void workbox.messageSW(message).catch(() => undefined);
  else navigator.serviceWorker?.controller?.postMessage(message);
}
