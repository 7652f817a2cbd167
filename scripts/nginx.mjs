import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where an nginx for the production-serving test may live, in the order they are tried. */
/** @type {string[]} */
export const candidates = [
  process.env.NGINX_PATH,
  '/usr/sbin/nginx',
  '/usr/bin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/bin/nginx',
  '/usr/local/nginx/sbin/nginx',
  '/opt/homebrew/bin/nginx',
].filter(/** @returns {path is string} */ (path) => typeof path === 'string' && path.length > 0);

/** The first nginx found on this machine, or undefined. */
export function findNginx() {
  return candidates.find((path) => existsSync(path));
}

/**
 * The mime.types file that ships with an nginx binary: next to the configuration file it was
 * built with (as `nginx -V` reports it), else Debian's /etc/nginx/mime.types. Undefined if
 * none exists.
 * @param {string} nginx
 */
export function findMimeTypes(nginx) {
  // nginx -V prints its build options on stderr.
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${built.stdout ?? ''}${built.stderr ?? ''}`)?.[1];
  const places = [
    ...(confPath ? [join(dirname(confPath), 'mime.types')] : []),
    '/etc/nginx/mime.types',
    join(dirname(nginx), '..', 'conf', 'mime.types'),
  ];
  return places.find((path) => existsSync(path));
}
