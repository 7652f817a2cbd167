/// <reference lib="dom" />
// Which elements moved while a page loaded, for when Lighthouse reports a CLS above 0 but
// cannot say why (its layout-shifts audit fails on this Chromium's traces). Chromium is
// launched the way Lighthouse launches it (chrome-launcher, a real profile, so the browser
// may offer to install the app as it does there), with Lighthouse's mobile screen and a
// slowed CPU, and the page's own layout-shift entries are read.
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/browser.mjs';

/**
 * @typedef {object} Shift
 * @property {number} at ms since navigation start
 * @property {number} value
 * @property {string[]} elements the moved elements, as "parent > element" with their text
 */

/**
 * @param {string} url
 * @returns {Promise<{ shifts: Shift[], installOfferedAt?: number }>}
 */
export async function findShifts(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox'],
    logLevel: 'silent',
  });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    try {
      const context = browser.contexts()[0] ?? (await browser.newContext());
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      // Lighthouse's default (mobile) screen; a slower CPU lets late changes land after paint.
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 412,
        height: 823,
        deviceScaleFactor: 1.75,
        mobile: true,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(observe);
      await page.goto(url);
      // Long enough for the worker to install and the browser to offer installing the app.
      await page.waitForTimeout(5000);
      return await page.evaluate(() => /** @type {any} */ (window).__benchShifts);
    } finally {
      await browser.close();
    }
  } finally {
    chrome.kill();
  }
}

/** Runs in the page before its own scripts. */
function observe() {
  /** @type {{ shifts: Shift[], installOfferedAt?: number }} */
  const found = { shifts: [] };
  /** @type {any} */ (window).__benchShifts = found;
  addEventListener('beforeinstallprompt', () => (found.installOfferedAt = performance.now()));
  /** @param {Node | null} node */
  const describe = (node) => {
    const element = node instanceof Element ? node : node?.parentElement;
    if (!element) return '(gone)';
    const name = (/** @type {Element} */ e) =>
      e.tagName.toLowerCase() +
      [...e.classList]
        .filter((c) => !c.startsWith('svelte-'))
        .map((c) => `.${c}`)
        .join('');
    const parent = element.parentElement ? `${name(element.parentElement)} > ` : '';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${parent}${name(element)}${text ? ` "${text}"` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      if (entry.hadRecentInput) continue;
      found.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        elements: /** @type {{ node: Node | null }[]} */ (entry.sources).map((s) =>
          describe(s.node),
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
