import { cleanup, render, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { UpdateState } from '../../src/pwa/update.svelte';
import { Router } from '../../src/routing/router.svelte';
import { StorageState } from '../../src/state/storage.svelte';
import { FakeSource, testContext, testRepository } from '../data/fixtures';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../factories';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => cleanup());

function renderApp(path: string, source: FakeSource) {
  window.history.replaceState(null, '', path);
  const { ctx } = testContext(source);
  return render(App, { props: { repository: testRepository(ctx), router: new Router() } });
}

function blog(language = 'pt-BR') {
  return new FakeSource({
    [siteUrl]: rawSite({ title: 'Diário', language }),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, ['harbour-strike']),
    [pageUrl('science', 1)]: rawPage('science', 1, 1, []),
    [articleUrl('harbour-strike')]: rawArticle('harbour-strike'),
  });
}

describe('App', () => {
  it('sets the page language and title from the site', async () => {
    renderApp('/', blog('pt-BR'));
    expect(await screen.findByRole('link', { name: 'Diário' })).toBeInTheDocument();
    await expect.poll(() => document.documentElement.lang).toBe('pt-BR');
    await expect.poll(() => document.title).toBe('Diário');
  });

  it('writes the page language only when it changes, not again after every store write', async () => {
    document.documentElement.lang = '';
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(document.documentElement, {
      attributeFilter: ['lang'],
      attributeOldValue: true,
    });
    renderApp('/', blog('pt-BR'));
    expect(
      await screen.findByRole('link', { name: 'Title of harbour-strike' }),
    ).toBeInTheDocument();
    await expect.poll(() => document.documentElement.lang).toBe('pt-BR');
    records.push(...observer.takeRecords());
    observer.disconnect();
    // Each record's new value is the next one's old value; the last one's is the current value.
    const values = [...records.map((record) => record.oldValue), document.documentElement.lang];
    const rewrites = records.filter((record, index) => record.oldValue === values[index + 1]);
    expect(records.length).toBeGreaterThan(0);
    expect(rewrites).toHaveLength(0);
  });

  it('navigates in-app links without a reload and follows the route in the title', async () => {
    const user = userEvent.setup();
    renderApp('/', blog('en'));
    await user.click(await screen.findByRole('link', { name: 'Title of harbour-strike' }));
    expect(window.location.pathname).toBe('/article/harbour-strike');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Title of harbour-strike' }),
    ).toBeInTheDocument();
    await expect.poll(() => document.title).toBe('Title of harbour-strike — Diário');
    await user.click(screen.getAllByRole('link', { name: 'Science' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Science' })).toBeInTheDocument();
    expect(screen.getByText('No articles in this section yet.')).toBeInTheDocument();
  });

  it('marks the current section in the navigation', async () => {
    renderApp('/section/science', blog('en'));
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const science = await screen.findByRole('link', { name: 'Science', current: 'page' });
    expect(nav).toContainElement(science);
  });

  it('reloads an outdated tab into the new version waiting for it, not into its old code', async () => {
    const user = userEvent.setup();
    const { ctx } = testContext(blog('en'));
    const update = new UpdateState();
    const storage = new StorageState();
    const apply = vi.fn();
    render(App, {
      props: {
        repository: testRepository(ctx),
        router: new Router(),
        platform: { update, storage },
      },
    });
    // A newer Paperboy upgraded the database, and its worker waits behind this tab's.
    storage.problem = 'outdated-elsewhere';
    update.offer(apply);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Paperboy was updated in another tab.');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
