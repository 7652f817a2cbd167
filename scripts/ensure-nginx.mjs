// Makes sure the production-serving test (tests/e2e/nginx.test.ts) has an nginx: finds one,
// or installs Debian's package when running as root with apt-get; otherwise stops with what
// to install. Never skips.
import { spawnSync } from 'node:child_process';
import { ensureTool } from './ensure-tool.mjs';
import { candidates, findNginx } from './nginx.mjs';

/** Debian 12 ships the server itself as `nginx`; older releases also had `nginx-light`. */
function debianPackage() {
  for (const name of ['nginx', 'nginx-light']) {
    const policy = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' });
    if (/Candidate: (?!\(none\))/.test(policy.stdout ?? '')) return name;
  }
  return 'nginx';
}

ensureTool({
  name: 'nginx',
  neededBy: 'the production-serving test',
  find: findNginx,
  candidates,
  debianPackage,
  advice:
    'Install it (on Debian or Ubuntu: sudo apt-get install nginx; on macOS: brew install nginx), ' +
    'or point NGINX_PATH at an nginx binary, then run npm test again.',
});
