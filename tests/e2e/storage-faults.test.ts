import { describe, it } from 'vitest';
import { useFreshOrigin } from './harness';

const app = useFreshOrigin();

describe('storage faults in Chromium', () => {
  it('tells an older tab to reload when a newer version of the database opens', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('heading', { level: 2, name: 'World News' }).waitFor();
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
