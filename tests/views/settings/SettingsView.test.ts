import { cleanup, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SettingsView from '../../../src/views/settings/SettingsView.svelte';
import { FakeSource } from '../../data/fixtures';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

function blog() {
  return new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['kept', 'dropped']),
    [articleUrl('kept')]: rawArticle('kept'),
    [articleUrl('dropped')]: rawArticle('dropped'),
  });
}

describe('SettingsView', () => {
  it('reports storage: usage and quota, stored and saved articles, persistence', async () => {
    const { repository } = renderView(SettingsView, {}, blog());
    await repository.syncArticle('kept');
    await repository.syncArticle('dropped');
    const storage = screen.getByRole('region', { name: 'Storage on this device' });
    expect(
      await within(storage).findByText('1.2 KB of 4.8 MB available to Paperboy'),
    ).toBeVisible();
    await within(storage).findByText('2');
    expect(within(storage).getByText(/^No: the browser may clear/)).toBeVisible();
  });

  it('clears offline data only after a confirmation, keeping saved articles', async () => {
    const user = userEvent.setup();
    const { repository, db } = renderView(SettingsView, {}, blog());
    await repository.save('kept');
    await repository.syncArticle('dropped');
    await user.click(screen.getByRole('button', { name: 'Clear offline data…' }));
    expect(await db.articles.count()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Clear offline data…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear' }));
    expect(await screen.findByText(/Offline data cleared/)).toBeVisible();
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['kept']);
  });

  it('changes how many articles are kept', async () => {
    const user = userEvent.setup();
    const { repository } = renderView(SettingsView, {}, blog());
    const select = await screen.findByRole('combobox', {
      name: 'Articles to keep for offline reading',
    });
    await expect.poll(() => (select as HTMLSelectElement).value).toBe('300');
    await user.selectOptions(select, '50');
    await expect.poll(() => repository.readArticleBudget()).toBe(50);
  });

  it('lists downloaded sections and removes one', async () => {
    const user = userEvent.setup();
    const { repository } = renderView(SettingsView, {}, blog());
    await repository.runDownload('world-news', new AbortController().signal);
    const downloads = screen.getByRole('region', { name: 'Downloaded sections' });
    expect(await within(downloads).findByText('2 of 2 articles, complete')).toBeVisible();
    await user.click(
      within(downloads).getByRole('button', { name: 'Remove download: World News' }),
    );
    expect(await within(downloads).findByText(/None yet/)).toBeVisible();
  });
});
