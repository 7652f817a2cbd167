import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { onOutdated, openDatabase } from './data/database';
import { createBrowserRepository } from './data/repository';
import { InstallState } from './pwa/install.svelte';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { StorageState } from './state/storage.svelte';
import { createStaticSource } from './sources/static';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

const update = new UpdateState();
const install = new InstallState();
install.listen();
registerServiceWorker(update);

const storage = new StorageState();
const { db, problem } = await openDatabase();
storage.problem = problem;
onOutdated(db, () => (storage.problem = 'outdated-elsewhere'));

mount(App, {
  target,
  props: {
    repository: createBrowserRepository(createStaticSource(contentEntryUrl()), db),
    router: new Router(),
    platform: { update, install, storage },
  },
});
