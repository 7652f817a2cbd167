import { mount } from 'svelte';
import App from './App.svelte';
import { warmFormats } from './components/format';
import { contentEntryUrl } from './config';
import { askEarly } from './data/early';
import { createRepository } from './data/repository';
import type { StorageProblem } from './data/database';
import type { Writer } from './data/writer';
import { databaseName } from './db/schema';
import { StoreReader, type IndexedDBDeps } from './db/reader';
import { InstallState } from './pwa/install.svelte';
import { handOverWhenDrawn, keptPageIn } from './pwa/kept-page';
import { trustedScriptUrl } from './pwa/script-urls';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { nextFrame, whenIdle } from './state/schedule';
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
const pageIndexedDB = browserIndexedDB();
const store = new StoreReader(pageIndexedDB, databaseName);
// Opening the database overlaps with mounting the app: the first view's reads start sooner.
store.warm();
const reads = { store, storage: navigator.storage };
const firstRoute = parseRoute(window.location.pathname);
// No worker in control: a first visit (or a hard reload), with nothing stored to show.
const firstVisit = !navigator.serviceWorker?.controller;
const early = askEarly(reads, contentEntryUrl(), {
  firstVisit,
  sections:
    firstRoute.name === 'home'
      ? 'all'
      : firstRoute.name === 'section'
        ? firstRoute.slug
        : undefined,
  article: firstRoute.name === 'article' ? firstRoute.slug : undefined,
});

/** The first view's reads have landed and painted: nothing read for a whole frame. */
async function firstViewPainted(): Promise<void> {
  do {
    await store.idle();
    await nextFrame();
  } while (store.busy);
}

const reportProblem = (problem: StorageProblem) => (storage.problem = problem);

/**
 * The writer's worker (Dexie, the sources, the validator), where the browser runs one. Only
 * where this page reads IndexedDB too: otherwise the writer keeps the store in memory, on
 * the page, where the views can read it.
 */
function startWriterWorker(): Worker | undefined {
  if (!pageIndexedDB) return undefined;
  try {
    // The Trusted Types policy's URL object; the DOM typings know strings only.
    return new Worker(trustedScriptUrl('writerWorker') as string, {
      type: 'module',
      name: 'paperboy-writer',
    });
  } catch {
    return undefined;
  }
}

/** The writer in its worker or, where that cannot be, on the page. */
async function openWriter(worker: Worker | undefined): Promise<Writer> {
  const options = { contentUrl: contentEntryUrl(), report: reportProblem, early };
  const served = worker
    ? await import('./data/worker/client').then((client) =>
        client.connectWriterWorker(worker, options),
      )
    : undefined;
  if (served) return served;
  const data = await import('./data/browser');
  return data.openBrowserWriter(store, options.contentUrl, options.report, early);
}

let writer: Promise<Writer> | undefined;
function keepWriter(opening: Promise<Writer>): Promise<Writer> {
  writer = opening;
  // A failed load (say, offline before the service worker cached it) is tried again next time.
  opening.catch(() => {
    if (writer === opening) writer = undefined;
  });
  return opening;
}
// A first visit waits on what the writer stores, so its worker starts at once, off this
// thread. On later visits the first view paints from the store first: the worker would only
// compete with that paint for the CPU.
if (firstVisit) void keepWriter(openWriter(startWriterWorker()));
const loadWriter = () =>
  writer ?? keepWriter(firstViewPainted().then(() => openWriter(startWriterWorker())));

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

// The locale data dates need, set up while a first visit waits on the network.
whenIdle(warmFormats);
