import { tick } from 'svelte';
import { inAppHref } from './links';
import { parseRoute, type Route } from './routes';

/** The URL is the app's state; history entries keep scroll and small view state for Back. */
export class Router {
  route = $state<Route>({ name: 'home' });
  readonly #window: Window;

  constructor(win: Window = window) {
    this.#window = win;
    this.route = parseRoute(win.location.pathname, win.location.search);
  }

  start(): () => void {
    const win = this.#window;
    win.history.scrollRestoration = 'manual';
    const onPopState = () => {
      this.route = parseRoute(win.location.pathname, win.location.search);
      this.#restoreScroll();
    };
    const onClick = (event: MouseEvent) => {
      const href = inAppHref(event, win.location);
      if (href === undefined) return;
      event.preventDefault();
      this.navigate(href);
    };
    win.addEventListener('popstate', onPopState);
    win.document.addEventListener('click', onClick);
    return () => {
      win.removeEventListener('popstate', onPopState);
      win.document.removeEventListener('click', onClick);
    };
  }

  /** With `typing`, the reader stays in the field: one history entry, no scroll, no focus move. */
  navigate(href: string, typing = false): void {
    const win = this.#window;
    this.setEntryState('scrollY', win.scrollY);
    if (href === win.location.href || (typing && this.route.name === 'search')) {
      win.history.replaceState({}, '', href);
    } else win.history.pushState({}, '', href);
    this.route = parseRoute(win.location.pathname, win.location.search);
    if (typing) return;
    win.scrollTo(0, 0);
    void tick().then(() => win.document.getElementById('main')?.focus({ preventScroll: true }));
  }

  /** A value kept with the current history entry (restored on Back and on reload). */
  entryState<T>(key: string): T | undefined {
    const state = this.#window.history.state as Record<string, unknown> | null;
    return state?.[key] as T | undefined;
  }

  setEntryState(key: string, value: unknown): void {
    const history = this.#window.history;
    const state = (history.state as Record<string, unknown> | null) ?? {};
    history.replaceState({ ...state, [key]: value }, '');
  }

  /** Content arrives from the store a moment after the route changes: wait until it is tall enough. */
  #restoreScroll(): void {
    const win = this.#window;
    const target = this.entryState<number>('scrollY') ?? 0;
    let frames = 0;
    const step = () => {
      const reachable = win.document.documentElement.scrollHeight - win.innerHeight >= target;
      if (reachable || ++frames > 60) win.scrollTo(0, target);
      else win.requestAnimationFrame(step);
    };
    win.requestAnimationFrame(step);
  }
}
