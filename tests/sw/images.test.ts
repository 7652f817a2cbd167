import { describe, expect, it, vi } from 'vitest';
import { cacheNames } from '../../src/caches/names';
import { imageCacheFor, imageCaches, imageRequest, keepImages } from '../../src/sw/images';
import { FakeCaches } from './fake-caches';

const origin = 'https://app.example';

describe('the image caches', () => {
  it('keep this origin’s pictures longer and more of them than other origins’', () => {
    expect(imageCacheFor(new URL('/content/images/a.jpg', origin), origin)).toBe('local');
    expect(imageCacheFor(new URL('https://cdn.example/a.jpg'), origin)).toBe('remote');
    expect(imageCaches.local).toMatchObject({ maxEntries: 400, maxAgeSeconds: 60 * 86_400 });
    expect(imageCaches.remote).toMatchObject({ maxEntries: 80, maxAgeSeconds: 30 * 86_400 });
    // Another origin's picture is opaque: its status cannot be read.
    expect(imageCaches.local.statuses).toEqual([200]);
    expect(imageCaches.remote.statuses).toEqual([0, 200]);
  });

  it('ask for another origin’s picture without CORS', () => {
    expect(imageRequest(`${origin}/content/images/a.jpg`, origin).mode).toBe('cors');
    expect(imageRequest('https://cdn.example/a.jpg', origin).mode).toBe('no-cors');
  });
});

describe('keepImages', () => {
  it('keeps a saved article’s pictures, from the other caches where it can', async () => {
    const storage = new FakeCaches(`${origin}/`);
    const seen = await storage.open(cacheNames.images);
    await seen.put(`${origin}/content/images/seen.jpg`, new Response('seen'));
    const load = vi.fn(async () => new Response('fetched'));
    await keepImages(
      [`${origin}/content/images/seen.jpg`, `${origin}/content/images/new.jpg`],
      origin,
      storage.asStorage(),
      load as unknown as typeof fetch,
    );
    expect(storage.urls(cacheNames.savedImages).sort()).toEqual([
      `${origin}/content/images/new.jpg`,
      `${origin}/content/images/seen.jpg`,
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing of a picture that failed, and goes on with the others', async () => {
    const storage = new FakeCaches(`${origin}/`);
    const load = vi.fn(async (request: Request) => {
      if (request.url.endsWith('gone.jpg')) return new Response('', { status: 404 });
      if (request.url.endsWith('down.jpg')) throw new TypeError('Failed to fetch');
      return new Response('ok');
    });
    await keepImages(
      [`${origin}/gone.jpg`, `${origin}/down.jpg`, `${origin}/ok.jpg`],
      origin,
      storage.asStorage(),
      load as unknown as typeof fetch,
    );
    expect(storage.urls(cacheNames.savedImages)).toEqual([`${origin}/ok.jpg`]);
  });
});
