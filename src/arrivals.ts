import { mount, unmount } from 'svelte';
import ArrivedNotice from './components/ArrivedNotice.svelte';

let notice: { shown: ReturnType<typeof mount>; slugs: string[] } | undefined;

/** Mounted on its own, beside the other notices: the first view carries no code for it. */
export function announce(arrived: string[]): void {
  // Not dismissed yet, the earlier arrivals are still news.
  const slugs = [...new Set([...(notice?.slugs ?? []), ...arrived])];
  dismiss();
  const target = document.querySelector('.toasts') ?? document.body;
  notice = { shown: mount(ArrivedNotice, { target, props: { slugs, ondismiss: dismiss } }), slugs };
}

function dismiss(): void {
  if (notice) void unmount(notice.shown);
  notice = undefined;
}
