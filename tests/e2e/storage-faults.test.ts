import { describe, it } from 'vitest';
import { demo, heading, stored, useFreshOrigin } from './harness';

const app = useFreshOrigin();

const article = demo.worldNews.articles[0]!;

describe('storage faults in Chromium', () => {
  it('reads online from memory when IndexedDB is unavailable, and says offline reading is off', async () => {
    await app.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('status').filter({ hasText: 'Offline reading is off.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await page.getByRole('link', { name: article.title }).first().click();
    await heading(page).filter({ hasText: article.title }).waitFor();
    await page.locator('main .body p').first().waitFor();
  });

  it('tells an older tab to reload when a newer version of the database opens', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
    await stored(page, 'site', 'site');
    // What a newer Paperboy in another tab does: open the same database at a higher version.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const probe = indexedDB.open('paperboy');
          probe.onsuccess = () => {
            const version = probe.result.version;
            probe.result.close();
            const upgrade = indexedDB.open('paperboy', version + 1);
            upgrade.onsuccess = () => {
              upgrade.result.close();
              resolve();
            };
            upgrade.onerror = () => reject(upgrade.error);
          };
        }),
    );
    await page
      .getByRole('alert')
      .filter({ hasText: 'Paperboy was updated in another tab.' })
      .waitFor();
  });
});
