import { createContext } from 'svelte';
import type { Repository } from '../data/repository';
import type { SiteRecord } from '../db/db';
import type { InstallState } from '../pwa/install.svelte';
import type { UpdateState } from '../pwa/update.svelte';
import type { Router } from '../routing/router.svelte';
import type { BlogInUse } from '../startup/blog-choice';
import { DownloadManager } from './downloads';
import { Live } from './live.svelte';
import { NetworkState } from './network.svelte';
import type { StorageState } from './storage.svelte';
import { Sync } from './sync.svelte';

export interface AppState {
  repository: Repository;
  router: Router;
  site: Live<SiteRecord | undefined>;
  siteSync: Sync;
  /** Slugs of saved articles, for every Save button on screen. */
  saved: Live<Set<string>>;
  /** Slugs of articles read, for every card on screen. */
  read: Live<Set<string>>;
  network: NetworkState;
  downloads: DownloadManager;
  update: UpdateState | undefined;
  install: InstallState | undefined;
  storage: StorageState | undefined;
  blog: BlogInUse | undefined;
}

/** The app's surroundings: absent in component tests, which have no service worker. */
export interface Platform {
  update?: UpdateState;
  install?: InstallState;
  storage?: StorageState;
  blog?: BlogInUse;
}

export const [getAppState, setAppState] = createContext<AppState>();

/** Once, while the root component initialises. */
export function provideAppState(
  repository: Repository,
  router: Router,
  platform: Platform = {},
): AppState {
  const app: AppState = {
    repository,
    router,
    site: new Live(() => [], repository.readSite),
    siteSync: new Sync(),
    saved: new Live(() => [], repository.readSavedSlugs),
    read: new Live(() => [], repository.readReadSlugs),
    network: new NetworkState(),
    downloads: new DownloadManager(repository),
    update: platform.update,
    install: platform.install,
    storage: platform.storage,
    blog: platform.blog,
  };
  $effect(() => app.network.listen());
  $effect(() => {
    void app.siteSync.run(() => repository.syncSite());
  });
  // What carries on when online (state/reconnect.ts) loads lazily, from App.svelte.
  return setAppState(app);
}
