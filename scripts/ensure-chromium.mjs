// Makes sure the end-to-end tests have a Chromium (see ensure-tool.mjs).
import { candidates, findChromium } from './chromium.mjs';
import { ensureTool } from './ensure-tool.mjs';

ensureTool({
  name: 'Chromium',
  neededBy: 'the end-to-end tests',
  find: findChromium,
  candidates,
  debianPackage: () => 'chromium',
  advice:
    'Install it (on Debian or Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH ' +
    'at a Chromium or Chrome binary, then run npm test again.',
});
