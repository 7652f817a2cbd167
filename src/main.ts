import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { askEarly } from './data/early';
import { createRepository } from './data/repository';
import type { Writer } from './data/writer';
import { databaseName } from './db/schema';
import { StoreReader, type IndexedDBDeps } from './db/reader';
import { InstallState } from './pwa/install.svelte';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { firstViewShown } from './state/first-view';
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

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The page's first contentful paint has been shown (or, where unreported, a moment passed). */
function firstPaintShown(): Promise<void> {
  const shown = new Promise<void>((resolve) => {
    try {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      resolve();
    }
  });
  return Promise.race([shown, delay(1000)]);
}

/**
 * The worker may answer a read article's URL with the page the app drew last time
 * (src/sources/kept-pages.ts): it shows while the app draws the same view hidden beside it, and
 * gives way in one frame once that view is drawn and the kept page has been on screen
 * (removed sooner, it would have been work for nothing), after a few seconds at most, or at
 * once when the reader clicks in it.
 */
function swapInWhenDrawn(root: HTMLElement): void {
  const kept = root.querySelector(':scope > [data-page]');
  if (!kept) return root.removeAttribute('data-booting');
  const swap = () => {
    kept.remove();
    root.removeAttribute('data-booting');
  };
  // The click still reaches the router, which follows the link in the app.
  kept.addEventListener('click', swap, { once: true, capture: true });
  const drawn = Promise.all([firstViewShown, firstPaintShown()]);
  void Promise.race([drawn, delay(3000)]).then(swap);
}

function start(root: HTMLElement): void {
  swapInWhenDrawn(root);
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
if (target.querySelector(':scope > [data-page]')) void nextFrame().then(() => start(target));
else start(target);
