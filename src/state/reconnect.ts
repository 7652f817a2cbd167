import type { Arrival } from '../data/queue';
import type { AppState } from './app.svelte';

/**
 * What needs the network, at start when online and each time the connection returns;
 * loaded only then, so the first view carries none of it. Returns the queued articles
 * that arrived.
 */
export async function carryOn(app: AppState, returned: boolean): Promise<Arrival[]> {
  const { repository, downloads } = app;
  // Back online: refresh the site, so what changed meanwhile shows up.
  if (returned) void app.siteSync.run(() => repository.syncSite());
  // After a reload, the downloads it interrupted; after a lost connection, the paused ones too.
  void repository.readDownloads().then((all) => {
    for (const download of all) {
      if (download.status === 'running' || (returned && download.status === 'paused')) {
        void downloads.start(download.section);
      }
    }
  });
  // A failure leaves the articles queued: the next return tries again, and /saved lists them.
  return repository.fetchQueued().catch(() => []);
}
