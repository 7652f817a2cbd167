import type { TrustedScriptURL, TrustedTypesWindow } from 'trusted-types/lib';
import { Workbox } from 'workbox-window';
import type { UpdateState } from './update.svelte';

/**
 * Registers the service worker (production builds only). A worker that installs while an
 * older one controls the page waits; the reader is offered a reload, which activates it
 * and reloads this tab once.
 */
export function registerServiceWorker(update: UpdateState): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(workerUrl(`${base}sw.js`), { scope: base });
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

/**
 * The worker's script URL as the page's Trusted Types policy requires it: a policy that
 * vouches for this one URL and nothing else.
 */
function workerUrl(url: string): string | TrustedScriptURL {
  const trustedTypes = (window as unknown as Partial<TrustedTypesWindow>).trustedTypes;
  const policy = trustedTypes?.createPolicy('paperboy-worker', {
    createScriptURL: (requested: string) => {
      if (requested !== url) throw new TypeError(`Not the app's worker: ${requested}`);
      return requested;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}
