import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { createBrowserRepository } from './data/repository';
import { InstallState } from './pwa/install.svelte';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { createStaticSource } from './sources/static';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

const update = new UpdateState();
const install = new InstallState();
install.listen();
registerServiceWorker(update);

mount(App, {
  target,
  props: {
    repository: createBrowserRepository(createStaticSource(contentEntryUrl())),
    router: new Router(),
    platform: { update, install },
  },
});
