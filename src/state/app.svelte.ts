import { createContext } from 'svelte';
import type { Repository } from '../data/repository';
import type { SiteRecord } from '../db/db';
import type { Router } from '../routing/router.svelte';
import { Live } from './live.svelte';
import { Sync } from './sync.svelte';

/** What every view reads: the repository, the router, the stored site and the state of its refresh. */
export interface AppState {
  repository: Repository;
  router: Router;
  site: Live<SiteRecord | undefined>;
  siteSync: Sync;
}

export const [getAppState, setAppState] = createContext<AppState>();

/**
 * Wires the app once, while the root component initialises: the stored site follows the
 * store, and its refresh starts right away.
 */
export function provideAppState(repository: Repository, router: Router): AppState {
  const app: AppState = {
    repository,
    router,
    site: new Live(
      () => undefined,
      () => repository.readSite(),
    ),
    siteSync: new Sync(),
  };
  $effect(() => {
    void app.siteSync.run(() => repository.syncSite());
  });
  return setAppState(app);
}
