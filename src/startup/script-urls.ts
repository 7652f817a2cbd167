import type { TrustedScriptURL, TrustedTypesWindow } from 'trusted-types/lib';
import writerWorker from '../data/worker/writer.worker?worker&url';
import localeWorker from '../locale/warmup.worker?worker&url';

/** The only scripts the app starts by URL: its service worker and its two workers. */
const scriptUrls = {
  serviceWorker: `${import.meta.env.BASE_URL}sw.js`,
  writerWorker,
  localeWorker,
} as const;

let policy: { createScriptURL(url: string): TrustedScriptURL } | undefined | null;

/** Through the one Trusted Types policy the CSP names (`paperboy-worker`): these URLs only. */
export function trustedScriptUrl(name: keyof typeof scriptUrls): string | TrustedScriptURL {
  const url = scriptUrls[name];
  if (policy === undefined) {
    const trustedTypes = (window as unknown as Partial<TrustedTypesWindow>).trustedTypes;
    const allowed = new Set<string>(Object.values(scriptUrls));
    policy =
      trustedTypes?.createPolicy('paperboy-worker', {
        createScriptURL: (requested: string) => {
          if (!allowed.has(requested))
            throw new TypeError(`Not one of the app's scripts: ${requested}`);
          return requested;
        },
      }) ?? null;
  }
  return policy ? policy.createScriptURL(url) : url;
}
