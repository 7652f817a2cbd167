import { mount, unmount } from 'svelte';
import ArrivedNotice from './components/ArrivedNotice.svelte';
import type { Arrival } from './data/queue';

let notice: { shown: ReturnType<typeof mount>; arrived: Arrival[] } | undefined;

/** Mounted on its own, beside the other notices: the first view carries no code for it. */
export function announce(arrivals: Arrival[]): void {
  // Not dismissed yet, the earlier arrivals are still news.
  const bySlug = new Map([...(notice?.arrived ?? []), ...arrivals].map((a) => [a.slug, a]));
  const arrived = [...bySlug.values()];
  dismiss();
  const target = document.querySelector('.toasts') ?? document.body;
  notice = {
    shown: mount(ArrivedNotice, { target, props: { arrived, ondismiss: dismiss } }),
    arrived,
  };
}

function dismiss(): void {
  if (notice) void unmount(notice.shown);
  notice = undefined;
}
