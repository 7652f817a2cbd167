import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { askEarly } from './data/early';
import { createRepository } from './data/repository';
import type { Writer } from './data/writer';
import { databaseName } from './db/schema';
import { StoreReader, type IndexedDBDeps } from './db/reader';
import { InstallState } from './pwa/install.svelte';
import { handOverWhenDrawn, keptPageIn } from './pwa/kept-page';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { StorageState } from './state/storage.svelte';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

const update = new UpdateState();
const install = new InstallState();
install.listen();
registerServiceWorker(update);

/** The browser's IndexedDB; reading it can throw where storage is disabled. */
function browserIndexedDB(): IndexedDBDeps | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : { indexedDB, IDBKeyRange };
  } catch {
    return undefined;
  }
}

const storage = new StorageState();
const store = new StoreReader(browserIndexedDB(), databaseName);
// Opening the database overlaps with mounting the app: the first view's reads start sooner.
store.warm();
const reads = { store, storage: navigator.storage };
const firstRoute = parseRoute(window.location.pathname);
const early = askEarly(reads, contentEntryUrl(), {
  // No worker in control: a first visit (or a hard reload), with nothing stored to show.
  firstVisit: !navigator.serviceWorker?.controller,
  sections:
    firstRoute.name === 'home'
      ? 'all'
      : firstRoute.name === 'section'
        ? firstRoute.slug
        : undefined,
});

const nextFrame = () =>
  new Promise<void>((resolve) => {
    // A frame where there is one; a background tab draws none, so a timer stands in.
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });

/** The first view's reads have landed and painted: nothing read for a whole frame. */
async function firstViewPainted(): Promise<void> {
  do {
    await store.idle();
    await nextFrame();
  } while (store.busy);
}

// The writer (Dexie, the sources, the validator) loads on first use, after the first view
// has painted from the store, so its code never delays that paint. A failed load (say,
// offline before the worker cached it) is tried again next time.
let writer: Promise<Writer> | undefined;
function loadWriter(): Promise<Writer> {
  writer ??= firstViewPainted()
    .then(() => import('./data/browser'))
    .then((data) =>
      data.openBrowserWriter(
        store,
        contentEntryUrl(),
        (problem) => (storage.problem = problem),
        early,
      ),
    )
    .catch((error: unknown) => {
      writer = undefined;
      throw error;
    });
  return writer;
}

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
