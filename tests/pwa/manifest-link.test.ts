// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { linkManifest, manifestUrl } from '../../src/pwa/manifest-link';

afterEach(() => {
  for (const link of document.head.querySelectorAll('link[rel="manifest"]')) link.remove();
});

describe('linkManifest', () => {
  it('links the manifest under the base, once however often it is called', () => {
    linkManifest(document, manifestUrl('/blog/'));
    linkManifest(document, manifestUrl('/blog/'));
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/blog/manifest.webmanifest');
  });

  it('leaves a manifest link the page already has', () => {
    const existing = document.createElement('link');
    existing.rel = 'manifest';
    existing.href = '/other.webmanifest';
    document.head.append(existing);
    linkManifest(document, manifestUrl('/'));
    const links = document.head.querySelectorAll('link[rel="manifest"]');
    expect([...links]).toEqual([existing]);
  });
});
