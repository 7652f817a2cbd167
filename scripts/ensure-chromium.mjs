// Makes sure the end-to-end tests have a Chromium: finds one, or installs Debian's package
// when running as root with apt-get; otherwise stops with what to install. Never skips.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { candidates, findChromium } from './chromium.mjs';

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

let found = findChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path));

if (!found && isRoot && hasAptGet) {
  install();
  found = findChromium();
}

if (!found) {
  console.error(
    [
      'The end-to-end tests need Chromium, and none was found.',
      `Looked at: ${candidates.join(', ')}.`,
      'Install it (on Debian or Ubuntu: sudo apt-get install chromium),',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Chromium for the end-to-end tests: ${found}`);
