import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
  return chromium.launch({ executablePath, headless: true });
}

/**
 * Collects what must fail a test in every page of a context: uncaught errors, console
 * errors, and every Content-Security-Policy or Trusted Types violation the page reports.
 */
export async function watchContext(context: BrowserContext, problems: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`,
      );
    });
  });
  context.on('weberror', (error) => problems.push(`pageerror: ${error.error().message}`));
  context.on('console', (message) => {
    // Chromium logs every failed request; tests that provoke one check the view instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
}

/** A fresh context whose pages fail the test on any error or policy violation. */
export async function openPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const problems: string[] = [];
  await watchContext(context, problems);
  const page = await context.newPage();
  return { context, page, problems };
}
