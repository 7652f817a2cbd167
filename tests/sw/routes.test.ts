import { describe, expect, it } from 'vitest';
import { answerFor } from '../../src/sw/routes';

const origin = 'http://127.0.0.1:4173';
const extras = new Set([`${origin}/icons/icon-192.png`, `${origin}/manifest.webmanifest`]);
const navigate = { mode: 'navigate', destination: 'document' };
const image = { mode: 'no-cors', destination: 'image' };
const fetched = { mode: 'cors', destination: '' };
const answer = (request: typeof navigate, href: string) =>
  answerFor(request, new URL(href, origin), origin, extras);

describe('answerFor', () => {
  it('answers app routes, typed or reloaded, with the app shell', () => {
    for (const path of ['/', '/section/world-news', '/saved', '/settings', '/no-such-screen']) {
      expect(answer(navigate, path), path).toBe('app-shell');
    }
  });

  it('answers an article route with its kept page or the article shell', () => {
    expect(answer(navigate, '/article/harbour-reopens')).toBe('article');
  });

  it('never answers files, content JSON or other origins with a page', () => {
    for (const href of [
      '/content/site.json',
      '/content/sections/world-news/1.json',
      '/assets/index-abc123.js',
      '/robots.txt',
      'https://elsewhere.example/article/x',
    ]) {
      expect(answer(navigate, href), href).toBeUndefined();
    }
  });

  it('sends pictures of this origin and of https origins through the image caches', () => {
    expect(answer(image, '/content/images/harbour.jpg')).toBe('image');
    expect(answer(image, 'https://cdn.example/p.jpg')).toBe('image');
    expect(answer(image, 'http://cdn.example/p.jpg')).toBeUndefined();
  });

  it('serves the icons and the manifest from their own cache, and leaves other requests alone', () => {
    expect(answer(image, '/icons/icon-192.png')).toBe('extra');
    expect(answer(fetched, '/manifest.webmanifest')).toBe('extra');
    expect(answer(fetched, '/content/site.json')).toBeUndefined();
    expect(answer(fetched, 'https://cdn.example/data.json')).toBeUndefined();
  });
});
