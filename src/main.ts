import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { createRepository } from './data/repository';
import type { Writer } from './data/writer';
import { databaseName } from './db/schema';
import { StoreReader, type IndexedDBDeps } from './db/reader';
import { InstallState } from './pwa/install.svelte';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
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

// The writer (Dexie, the sources, the validator) loads on first use, off the first-paint
// path. A failed load (say, offline before the worker cached it) is tried again next time.
let writer: Promise<Writer> | undefined;
function loadWriter(): Promise<Writer> {
  writer ??= import('./data/browser')
    .then((data) =>
      data.openBrowserWriter(store, contentEntryUrl(), (problem) => (storage.problem = problem)),
    )
    .catch((error: unknown) => {
      writer = undefined;
      throw error;
    });
  return writer;
}

mount(App, {
  target,
  props: {
    repository: createRepository({ store, storage: navigator.storage }, loadWriter),
    router: new Router(),
    platform: { update, install, storage },
  },
});
