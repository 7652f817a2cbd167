import { describe, expect, it, vi } from 'vitest';
import { cacheNames } from '../../src/caches/names';
import { cacheExtras, pruneExtras, splitManifest } from '../../src/sw/precache';
import { FakeCaches } from './fake-caches';

const scope = 'https://app.example/sw.js';

describe('splitManifest', () => {
  it('precaches the HTML, scripts and styles, and keeps everything else as extras', () => {
    const { shell, extras } = splitManifest(
      [
        { url: 'index.html', revision: '1' },
        'assets/index-abc.js',
        { url: 'assets/index-abc.css', revision: null },
        { url: 'icons/icon-192.png', revision: '2' },
        { url: 'manifest.webmanifest', revision: '3' },
      ],
      scope,
    );
    expect(shell.map((entry) => entry.url)).toEqual([
      'index.html',
      'assets/index-abc.js',
      'assets/index-abc.css',
    ]);
    expect([...extras]).toEqual([
      'https://app.example/icons/icon-192.png',
      'https://app.example/manifest.webmanifest',
    ]);
  });
});

describe('the extras', () => {
  const extras = new Set(['https://app.example/icons/a.png', 'https://app.example/icons/b.png']);

  it('are cached at install; one that fails is left out and never stops the install', async () => {
    const storage = new FakeCaches();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith('b.png') ? new Response('', { status: 404 }) : new Response('png'),
    );
    await cacheExtras(extras, storage.asStorage(), load as typeof fetch);
    expect(storage.urls(cacheNames.extras)).toEqual(['https://app.example/icons/a.png']);
    expect(load).toHaveBeenCalledWith('https://app.example/icons/a.png', { cache: 'no-cache' });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('that a new build no longer has go when it activates', async () => {
    const storage = new FakeCaches();
    const cache = await storage.open(cacheNames.extras);
    await cache.put('https://app.example/icons/a.png', new Response('a'));
    await cache.put('https://app.example/icons/old.png', new Response('old'));
    await pruneExtras(extras, storage.asStorage());
    expect(storage.urls(cacheNames.extras)).toEqual(['https://app.example/icons/a.png']);
  });
});
