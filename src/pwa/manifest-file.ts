/**
 * The web app manifest's file name, in a module with no imports so that vite.config.ts can
 * give it to vite-plugin-pwa and the page links the same file (src/pwa/manifest-link.ts).
 */
export const manifestFileName = 'manifest.webmanifest';
