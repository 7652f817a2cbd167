/** No imports, so vite.config.ts can use it too and the page links the file the plugin writes. */
export const manifestFileName = 'manifest.webmanifest';
