import { existsSync } from 'node:fs';

/** Where a Chromium for the browser tests may live, in the order they are tried. */
/** @type {string[]} */
export const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
].filter(/** @returns {path is string} */ (path) => typeof path === 'string' && path.length > 0);

/** The first Chromium found on this machine, or undefined. */
export function findChromium() {
  return candidates.find((path) => existsSync(path));
}
