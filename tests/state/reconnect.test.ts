import { describe, expect, it, vi } from 'vitest';
import type { Arrival } from '../../src/data/queue';
import type { DownloadRecord } from '../../src/db/db';
import type { AppState } from '../../src/state/app.svelte';
import { carryOn } from '../../src/state/reconnect';

const download = (section: string, status: DownloadRecord['status']): DownloadRecord => ({
  section,
  status,
  total: 3,
  done: 1,
  startedAt: 1,
  updatedAt: 1,
});

function app(fetchQueued: () => Promise<Arrival[]>) {
  const started: string[] = [];
  const syncSite = vi.fn(async () => undefined);
  const state = {
    repository: {
      syncSite,
      fetchQueued,
      readDownloads: async () => [
        download('running', 'running'),
        download('paused', 'paused'),
        download('done', 'done'),
      ],
    },
    downloads: { start: async (section: string) => void started.push(section) },
    siteSync: { run: (task: () => Promise<unknown>) => task() },
  } as unknown as AppState;
  return { state, started, syncSite };
}

describe('what carries on with a connection', () => {
  it('at start: the interrupted downloads and the queue, not the site again', async () => {
    const ferry = { slug: 'ferry', title: 'Ferry returns' };
    const { state, started, syncSite } = app(async () => [ferry]);
    expect(await carryOn(state, false)).toEqual([ferry]);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    expect(syncSite).not.toHaveBeenCalled();
  });

  it('back online: the site, the paused downloads too, and the queue', async () => {
    const { state, started, syncSite } = app(async () => []);
    expect(await carryOn(state, true)).toEqual([]);
    await vi.waitFor(() => expect(started).toEqual(['running', 'paused']));
    expect(syncSite).toHaveBeenCalledOnce();
  });

  it('announces nothing when the queue cannot be fetched', async () => {
    const { state } = app(() => Promise.reject(new Error('no writer')));
    expect(await carryOn(state, true)).toEqual([]);
  });
});
