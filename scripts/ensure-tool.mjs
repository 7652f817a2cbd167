// Shared by ensure-chromium.mjs and ensure-nginx.mjs: find a tool the tests need, or install
// Debian's package when running as root with apt-get; otherwise stop with what to install.
// It never lets the tests skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {{
 *   name: string,
 *   neededBy: string,
 *   find: () => string | undefined,
 *   candidates: string[],
 *   debianPackage: () => string,
 *   advice: string,
 * }} tool
 * @returns {string} the tool's path
 */
export function ensureTool(tool) {
  let found = tool.find();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path));

  if (!found && isRoot && hasAptGet) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const debianPackage = tool.debianPackage();
    console.log(`No ${tool.name} found: installing Debian’s ${debianPackage} package…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], {
      stdio: 'inherit',
      env,
    });
    found = tool.find();
  }

  if (!found) {
    console.error(
      [
        `${tool.neededBy.charAt(0).toUpperCase()}${tool.neededBy.slice(1)} ` +
          `need${tool.neededBy.endsWith('s') ? '' : 's'} ${tool.name}, and none was found.`,
        `Looked at: ${tool.candidates.join(', ')}.`,
        tool.advice,
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`${tool.name} for ${tool.neededBy}: ${found}`);
  return found;
}
