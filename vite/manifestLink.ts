import type { Plugin } from 'vite';

/** The tag vite-plugin-pwa writes into the built page for the web app manifest. */
export const manifestLinkTag = /\s*<link rel="manifest"[^>]*>/g;

/**
 * Takes the manifest's link out of the built page; the app links it once its first view
 * is drawn (src/pwa/manifest-link.ts). Linked in the page, it sets the browser's install
 * checks going during the first load: Chromium fetches the manifest and its icons and then
 * composited a frame of its own every vsync until the page's content arrived, taking about
 * half a core on a 2-core machine while the page was drawing it.
 */
export function deferManifestLink(): Plugin {
  return {
    name: 'paperboy-defer-manifest-link',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      // After vite-plugin-pwa's own post transform, which adds the link.
      order: 'post',
      handler: (html) => html.replace(manifestLinkTag, ''),
    },
  };
}
