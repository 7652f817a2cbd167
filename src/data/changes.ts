import type { StoreName } from '../db/schema';

/**
 * Tells live queries that the store changed. Dexie (in the lazy data chunk) reports every
 * committed write, in this tab or another, with the stores it wrote; until it has loaded
 * there are no writes here. Bursts are coalesced: a query re-reads once per burst, not once
 * per write, and only if the burst wrote to a store it reads. A first visit's writes come
 * as several bursts (the site, then each section's page), and the site and the saved list
 * need not be read again for each section's articles.
 */
type Listener = () => void;

const listeners = new Map<Listener, ReadonlySet<string> | undefined>();
/** What the coming burst wrote: some stores, or (not known which) all of them. */
let written: Set<string> | 'all' | undefined;

/** `stores`: what the listener reads; without them, every change concerns it. */
export function onStoreChange(listener: Listener, stores?: readonly StoreName[]): () => void {
  listeners.set(listener, stores && new Set(stores));
  return () => listeners.delete(listener);
}

/** `stores`: the stores written; without them (not known), every listener hears of it. */
export function notifyStoreChange(stores?: readonly string[]): void {
  const scheduled = written !== undefined;
  if (stores === undefined || stores.length === 0 || written === 'all') written = 'all';
  else written = new Set([...(written ?? []), ...stores]);
  if (scheduled) return;
  queueMicrotask(() => {
    const burst = written;
    written = undefined;
    for (const [listener, reads] of [...listeners]) {
      if (burst === 'all' || !reads || [...reads].some((store) => burst?.has(store))) listener();
    }
  });
}

/**
 * The stores named by a Dexie `storagemutated` event, whose keys read
 * `idb://<database>/<store>/<index>`. None found: not known, so all.
 */
export function mutatedStores(parts: object): string[] | undefined {
  const stores = new Set<string>();
  for (const key of Object.keys(parts)) {
    const segments = key.startsWith('idb://') ? key.split('/') : [];
    const store = segments.length >= 5 ? segments.at(-2) : undefined;
    if (store) stores.add(store);
  }
  return stores.size > 0 ? [...stores] : undefined;
}
