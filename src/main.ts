import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { startFirstVisit } from './data/first-visit';
import { createRepository } from './data/repository';
import { browserIndexedDB, StoreReader } from './db/reader';
import { databaseName } from './db/schema';
import { InstallState } from './pwa/install.svelte';
import { mountBehindKeptPage } from './pwa/kept-page';
import { linkManifestAfter } from './pwa/manifest-link';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { firstViewShown } from './startup/first-view';
import { warmLocaleDataOffThread } from './startup/locale-warmup';
import { writerLoader } from './startup/writer-loader';
import { StorageState } from './state/storage.svelte';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

// First: the views' first dates should find the locale data loaded.
warmLocaleDataOffThread();
const update = new UpdateState();
const install = new InstallState();
install.listen();
registerServiceWorker(update, firstViewShown);
linkManifestAfter(firstViewShown);

const storage = new StorageState();
const indexedDB = browserIndexedDB();
const store = new StoreReader(indexedDB, databaseName);
// Opening the database overlaps with mounting the app: the first view's reads start sooner.
store.warm();
const firstVisit = startFirstVisit({
  store,
  indexedDB,
  contentUrl: contentEntryUrl(),
  route: parseRoute(window.location.pathname),
  controlled: Boolean(navigator.serviceWorker?.controller),
});
const loadWriter = writerLoader({
  store,
  pageHasIndexedDB: indexedDB !== undefined,
  contentUrl: contentEntryUrl(),
  report: (problem) => (storage.problem = problem),
  firstVisit,
});
const repository = createRepository(
  { store: firstVisit.reads, storage: navigator.storage },
  loadWriter,
);

mountBehindKeptPage(target, () =>
  mount(App, {
    target,
    props: { repository, router: new Router(), platform: { update, install, storage } },
  }),
);
