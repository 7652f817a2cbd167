import { createContext } from 'svelte';
import type { Repository } from '../data/repository';
import type { SiteRecord } from '../db/db';
import type { Router } from '../routing/router.svelte';
import type { Live } from './live.svelte';
import type { Sync } from './sync.svelte';

/** What every view reads: the repository, the router, the stored site and the state of its refresh. */
export interface AppState {
  repository: Repository;
  router: Router;
  site: Live<SiteRecord | undefined>;
  siteSync: Sync;
}

export const [getAppState, setAppState] = createContext<AppState>();
