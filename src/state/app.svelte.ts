import { createContext } from 'svelte';
import type { Repository } from '../data/repository';
import type { SiteRecord } from '../db/db';
import type { InstallState } from '../pwa/install.svelte';
import type { UpdateState } from '../pwa/update.svelte';
import type { Router } from '../routing/router.svelte';
import { Live } from './live.svelte';
import { NetworkState } from './network.svelte';
import { Sync } from './sync.svelte';

/** What every view reads: the repository, the router, the stored site and the state of its refresh. */
export interface AppState {
  repository: Repository;
  router: Router;
  site: Live<SiteRecord | undefined>;
  siteSync: Sync;
  /** Slugs of saved articles, for every Save button on screen. */
  saved: Live<Set<string>>;
  network: NetworkState;
  update: UpdateState | undefined;
  install: InstallState | undefined;
}

/** The app's surroundings: absent in component tests, which have no service worker. */
export interface Platform {
  update?: UpdateState;
  install?: InstallState;
}

export const [getAppState, setAppState] = createContext<AppState>();

/**
 * Wires the app once, while the root component initialises: the stored site follows the
 * store, and its refresh starts right away.
 */
export function provideAppState(
  repository: Repository,
  router: Router,
  platform: Platform = {},
): AppState {
  const app: AppState = {
    repository,
    router,
    site: new Live(
      () => undefined,
      () => repository.readSite(),
    ),
    siteSync: new Sync(),
    saved: new Live(
      () => undefined,
      () => repository.readSavedSlugs(),
    ),
    network: new NetworkState(),
    update: platform.update,
    install: platform.install,
  };
  $effect(() => app.network.listen());
  $effect(() => {
    void app.siteSync.run(() => repository.syncSite());
  });
  // Back online: refresh the site, so what changed meanwhile shows up.
  $effect(() => {
    if (app.network.online) void app.siteSync.run(() => repository.syncSite());
  });
  return setAppState(app);
}
