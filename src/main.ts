import { mount } from 'svelte';
import App from './App.svelte';
import { contentEntryUrl } from './config';
import { startFirstVisit } from './data/first-visit';
import { createRepository } from './data/repository';
import { browserIndexedDB, StoreReader } from './db/reader';
import type { BlogChoice } from './model/blog';
import { InstallState } from './pwa/install.svelte';
import { mountBehindKeptPage } from './pwa/kept-page';
import { linkManifestAfter } from './pwa/manifest-link';
import { registerServiceWorker } from './pwa/register';
import { UpdateState } from './pwa/update.svelte';
import { Router } from './routing/router.svelte';
import { parseRoute } from './routing/routes';
import { chooseBlog } from './startup/blog-choice';
import type { ConfigProblem } from './startup/config-file';
import { firstViewShown } from './startup/first-view';
import { warmLocaleDataOffThread } from './startup/locale-warmup';
import { writerLoader } from './startup/writer-loader';
import { StorageState } from './state/storage.svelte';
import './styles/app.css';

const target = appRoot();

// First: the views' first dates should find the locale data loaded.
warmLocaleDataOffThread();
const update = new UpdateState();
const install = new InstallState();
install.listen();
registerServiceWorker(update, firstViewShown);
linkManifestAfter(firstViewShown);

const storage = new StorageState();
const indexedDB = browserIndexedDB();

const choosing = {
  fallback: contentEntryUrl(),
  appBase: new URL(import.meta.env.BASE_URL, window.location.origin).href,
  storage: localStorageIfAny(),
};
chooseBlog(choosing).then(start, showProblem);

function start(blog: BlogChoice): void {
  const store = new StoreReader(indexedDB, blog.database);
  // Opening the database overlaps with mounting the app: the first view's reads start sooner.
  store.warm();
  const firstVisit = startFirstVisit({
    store,
    indexedDB,
    blog,
    route: parseRoute(window.location.pathname, window.location.search),
    controlled: Boolean(navigator.serviceWorker?.controller),
  });
  const loadWriter = writerLoader({
    store,
    pageHasIndexedDB: indexedDB !== undefined,
    blog,
    report: (problem) => (storage.problem = problem),
    firstVisit,
  });
  const repository = createRepository(
    { store: firstVisit.reads, storage: navigator.storage },
    loadWriter,
  );
  mountBehindKeptPage(target, () =>
    mount(App, {
      target: target,
      props: {
        repository,
        router: new Router(),
        platform: {
          update,
          install,
          storage,
          blog: { current: blog, options: choosing, reload: () => window.location.reload() },
        },
      },
    }),
  );
}

async function showProblem(error: unknown): Promise<void> {
  // By name: the class is in a chunk of its own, loaded only to read config.json.
  if ((error as Error | undefined)?.name !== 'ConfigProblem') throw error;
  const problem = error as ConfigProblem;
  const { default: ConfigProblemView } = await import('./views/ConfigProblemView.svelte');
  target.replaceChildren();
  mount(ConfigProblemView, {
    target: target,
    props: { title: problem.title, detail: problem.detail },
  });
}

function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html lacks #app');
  return root;
}

/** Private modes may refuse it: then config.json is read on every start. */
function localStorageIfAny(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
