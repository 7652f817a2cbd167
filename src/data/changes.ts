/**
 * Tells live queries that the store changed. Dexie (in the lazy data chunk) reports every
 * committed write, in this tab or another; until it has loaded there are no writes here.
 * Bursts are coalesced: a query re-reads once per burst, not once per write.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let pending = false;

export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyStoreChange(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    for (const listener of [...listeners]) listener();
  });
}
