import type { AppState } from './state/app.svelte';
import { carryOn } from './state/reconnect';

/**
 * At start when online and each time the connection returns (App.svelte loads this then):
 * carries on what needs the network, and announces the queued articles that arrived.
 */
export default async function whenOnline(app: AppState, returned: boolean): Promise<void> {
  const arrived = await carryOn(app, returned);
  // The notice's code, Svelte's mount with it, loads only when there is something to say.
  if (arrived.length > 0) (await import('./arrivals')).announce(arrived);
}
