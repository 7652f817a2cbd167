// Makes sure the production-serving test (tests/e2e/nginx.test.ts) has an nginx: finds one,
// or installs Debian's package when running as root with apt-get; otherwise stops with what
// to install. Never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { candidates, findNginx } from './nginx.mjs';

/** Debian 12 ships the server itself as `nginx`; older releases also had `nginx-light`. */
function debianPackage() {
  for (const name of ['nginx', 'nginx-light']) {
    const policy = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' });
    if (/Candidate: (?!\(none\))/.test(policy.stdout ?? '')) return name;
  }
  return 'nginx';
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log('No nginx found: installing Debian’s nginx package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const name = debianPackage();
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], {
    stdio: 'inherit',
    env,
  });
}

let found = findNginx();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path));

if (!found && isRoot && hasAptGet) {
  install();
  found = findNginx();
}

if (!found) {
  console.error(
    [
      'The production-serving test needs nginx, and none was found.',
      `Looked at: ${candidates.join(', ')}.`,
      'Install it (on Debian or Ubuntu: sudo apt-get install nginx; on macOS: brew install nginx),',
      'or point NGINX_PATH at an nginx binary, then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`nginx for the production-serving test: ${found}`);
