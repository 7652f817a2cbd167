import { cleanup, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SavedView from '../../../src/views/saved/SavedView.svelte';
import { FakeSource, offline } from '../../data/fixtures';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const blog = () => {
  const source = new FakeSource({ [siteUrl]: rawSite() });
  source.set(articleUrl('ferry'), offline(articleUrl('ferry')));
  source.set(articleUrl('bridge'), offline(articleUrl('bridge')));
  return source;
};

describe('Saved: waiting for a connection', () => {
  it('lists the queued articles, each with a way to take it out', async () => {
    const user = userEvent.setup();
    const { db } = renderView(SavedView, {}, blog());
    await db.queue.bulkPut([
      { slug: 'ferry', queuedAt: 2, title: 'Ferry returns' },
      { slug: 'bridge', queuedAt: 1, title: 'Bridge opens' },
    ]);
    const region = await screen.findByRole('region', { name: 'Waiting for a connection' });
    const links = await within(region).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Bridge opens', 'Ferry returns']);
    expect(links[0]).toHaveAttribute('href', '/article/bridge');

    await user.click(
      within(region).getByRole('button', { name: 'Remove from queue: Bridge opens' }),
    );
    await expect
      .poll(() => within(region).queryByRole('link', { name: 'Bridge opens' }))
      .toBeNull();
    expect(within(region).getByRole('link', { name: 'Ferry returns' })).toBeVisible();
    expect((await db.queue.toArray()).map((entry) => entry.slug)).toEqual(['ferry']);
  });

  it('marks an article that arrives available offline, with nothing left to remove', async () => {
    const source = blog();
    const { db, repository } = renderView(SavedView, {}, source);
    await db.queue.put({ slug: 'ferry', queuedAt: 1, title: 'Ferry returns' });
    const region = await screen.findByRole('region', { name: 'Waiting for a connection' });
    await within(region).findByRole('button', { name: 'Remove from queue: Ferry returns' });

    source.set(articleUrl('ferry'), rawArticle('ferry', { title: 'Ferry returns' }));
    expect(await repository.fetchQueued()).toEqual([{ slug: 'ferry', title: 'Ferry returns' }]);
    expect(await within(region).findByText('Available offline')).toBeVisible();
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).getByRole('link', { name: 'Ferry returns' })).toBeVisible();
  });

  it('shows no such list when nothing is queued', async () => {
    renderView(SavedView, {}, blog());
    await screen.findByText(/Nothing saved yet/);
    expect(screen.queryByRole('region', { name: 'Waiting for a connection' })).toBeNull();
  });
});
