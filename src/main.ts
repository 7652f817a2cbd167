import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { askEarly } from './data/early';
import { createRepository } from './data/repository';
import { databaseName } from './db/schema';
import { PendingRecords } from './db/pending';
import { PendingReader } from './db/pending-reader';
import { StoreReader, type IndexedDBDeps } from './db/reader';
import { warmLocaleDataOffThread } from './locale/start-warmup';
import { InstallState } from './pwa/install.svelte';
import { handOverWhenDrawn, keptPageIn } from './pwa/kept-page';
import { linkManifestAfter } from './pwa/manifest-link';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { afterFirstView, firstViewShown } from './state/first-view';
import { nextFrame } from './state/schedule';
import { EarlyDocuments } from './sources/early';
import { defaultHttpOptions } from './sources/http';
import { StorageState } from './state/storage.svelte';
import { writerLoader } from './writer-loader';
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

/** The browser's IndexedDB; reading it can throw where storage is disabled. */
function browserIndexedDB(): IndexedDBDeps | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : { indexedDB, IDBKeyRange };
  } catch {
    return undefined;
  }
}

const storage = new StorageState();
const pageIndexedDB = browserIndexedDB();
const store = new StoreReader(pageIndexedDB, databaseName);
// Opening the database overlaps with mounting the app: the first view's reads start sooner.
store.warm();
// No worker in control: a first visit (or a hard reload), most likely with nothing stored.
const firstVisit = !navigator.serviceWorker?.controller;
// A first visit's views read what the page fetched until the writer has stored it.
const pending = firstVisit && pageIndexedDB ? new PendingRecords() : undefined;
const withPending =
  pending && pageIndexedDB
    ? new PendingReader(store, pending, (a, b) => pageIndexedDB.indexedDB.cmp(a, b))
    : undefined;
const reads = { store: withPending ?? store, pending: withPending, storage: navigator.storage };
// A first visit loads the writer once its first view is drawn, or at once when what was
// fetched cannot draw it (or, without IndexedDB on the page, nothing is held to draw from).
let wantWriter = (): void => {};
const writerWanted = new Promise<void>((resolve) => (wantWriter = resolve));
if (firstVisit && !pending) wantWriter();
const firstRoute = parseRoute(window.location.pathname);
const early = askEarly(
  reads,
  contentEntryUrl(),
  {
    firstVisit,
    sections:
      firstRoute.name === 'home'
        ? 'all'
        : firstRoute.name === 'section'
          ? firstRoute.slug
          : undefined,
    article: firstRoute.name === 'article' ? firstRoute.slug : undefined,
    preview: pending && { pending, wanted: wantWriter },
  },
  new EarlyDocuments(defaultHttpOptions, (url) => pending?.taken(url)),
);

const loadWriter = writerLoader({
  store,
  pageHasIndexedDB: pageIndexedDB !== undefined,
  contentUrl: contentEntryUrl(),
  report: (problem) => (storage.problem = problem),
  early,
  firstVisitDrawn: firstVisit
    ? Promise.race([afterFirstView(firstViewShown), writerWanted])
    : undefined,
});

function start(root: HTMLElement): void {
  mount(App, {
    target: root,
    props: {
      repository: createRepository(reads, loadWriter),
      router: new Router(),
      platform: { update, install, storage },
    },
  });
}

// A kept page paints first, as a static page would: the app's first render waits a frame.
const kept = keptPageIn(target);
if (kept) {
  void nextFrame().then(() => {
    handOverWhenDrawn(target, kept);
    start(target);
  });
} else start(target);
