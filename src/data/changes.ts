import type { StoreName } from '../db/schema';

// Writes are coalesced in bursts: a query re-reads once per burst, and only if it reads a
// store the burst wrote.
type Listener = () => void;

const listeners = new Map<Listener, ReadonlySet<string> | undefined>();
/** What the coming burst wrote: some stores, or (not known which) all of them. */
let written: Set<string> | 'all' | undefined;

/** `stores`: what the listener reads; without them, every change concerns it. */
export function onStoreChange(listener: Listener, stores?: readonly StoreName[]): () => void {
  listeners.set(listener, stores && new Set(stores));
  return () => listeners.delete(listener);
}

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

/** Keys read `idb://<database>/<store>/<index>`; none found means not known, so all. */
export function mutatedStores(parts: object): string[] | undefined {
  const stores = new Set<string>();
  for (const key of Object.keys(parts)) {
    const segments = key.startsWith('idb://') ? key.split('/') : [];
    const store = segments.length >= 5 ? segments.at(-2) : undefined;
    if (store) stores.add(store);
  }
  return stores.size > 0 ? [...stores] : undefined;
}
