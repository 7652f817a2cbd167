import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/sw/messages';

function actions() {
  return {
    skipWaiting: vi.fn(async () => undefined),
    keepImages: vi.fn(async () => undefined),
    cacheImages: vi.fn(async () => undefined),
  };
}

describe('handleMessage', () => {
  it('activates the waiting worker only when the reader asks for the update', async () => {
    const act = actions();
    await handleMessage({ type: 'SKIP_WAITING' }, act);
    expect(act.skipWaiting).toHaveBeenCalledTimes(1);
    expect(handleMessage({ type: 'SOMETHING_ELSE' }, act)).toBeUndefined();
    expect(handleMessage(undefined, act)).toBeUndefined();
    expect(act.skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('keeps a saved article’s pictures and caches a read one’s, taking only URL strings', async () => {
    const act = actions();
    await handleMessage({ type: 'KEEP_IMAGES', urls: ['https://a.example/1.jpg', 7] }, act);
    await handleMessage({ type: 'CACHE_IMAGES', urls: ['https://a.example/2.jpg'] }, act);
    await handleMessage({ type: 'CACHE_IMAGES', urls: 'not a list' }, act);
    expect(act.keepImages).toHaveBeenCalledWith(['https://a.example/1.jpg']);
    expect(act.cacheImages.mock.calls).toEqual([[['https://a.example/2.jpg']], [[]]]);
  });
});
