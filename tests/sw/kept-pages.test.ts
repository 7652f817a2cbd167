import { describe, expect, it } from 'vitest';
import { cacheNames, pageBuildHeader } from '../../src/caches/names';
import { isCurrent, keptPage, pruneKeptPages } from '../../src/sw/kept-pages';
import { FakeCaches } from './fake-caches';

const current = '/assets/index-new.js';
const isPrecached = (url: string) => url === current;
const page = (build?: string) =>
  new Response('<html>kept</html>', {
    headers: { 'content-type': 'text/html', ...(build ? { [pageBuildHeader]: build } : {}) },
  });

async function keeping(pages: Record<string, Response>) {
  const storage = new FakeCaches();
  const cache = await storage.open(cacheNames.keptPages);
  for (const [path, response] of Object.entries(pages)) await cache.put(path, response);
  return storage;
}

describe('kept pages', () => {
  it('are current only while the build that drew them is the one precached', () => {
    expect(isCurrent(page(current), isPrecached)).toBe(true);
    expect(isCurrent(page('/assets/index-old.js'), isPrecached)).toBe(false);
    expect(isCurrent(page(), isPrecached)).toBe(false);
  });

  it('answer their article’s URL while current; an old build’s page is not answered', async () => {
    const storage = await keeping({
      '/article/read': page(current),
      '/article/old': page('/assets/index-old.js'),
    });
    const answer = await keptPage('/article/read', isPrecached, storage.asStorage());
    expect(await answer?.text()).toBe('<html>kept</html>');
    expect(await keptPage('/article/old', isPrecached, storage.asStorage())).toBeUndefined();
    expect(await keptPage('/article/never', isPrecached, storage.asStorage())).toBeUndefined();
  });

  it('that an older build drew go when a new worker activates', async () => {
    const storage = await keeping({
      '/article/read': page(current),
      '/article/old': page('/assets/index-old.js'),
      '/article/unmarked': page(),
    });
    await pruneKeptPages(isPrecached, storage.asStorage());
    expect(storage.urls(cacheNames.keptPages)).toEqual(['https://app.example/article/read']);
  });
});
