import { cleanup, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SearchView from '../../../src/views/search/SearchView.svelte';
import { FakeSource } from '../../data/fixtures';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const blog = () =>
  new FakeSource({
    [siteUrl]: rawSite(),
    [articleUrl('harbour-cranes')]: rawArticle('harbour-cranes', {
      title: 'New cranes for the harbour',
      html: '<p>Four gantry cranes, and <b>harbour</b> dues cut by half.</p>',
    }),
  });

async function stored(query: string) {
  const view = renderView(SearchView, { query }, blog());
  await view.repository.syncSite();
  await view.repository.syncArticle('harbour-cranes');
  return view;
}

describe('SearchView', () => {
  it('lists the stored articles that match, the found words marked', async () => {
    const { db } = await stored('gantry');
    await db.saved.put({ slug: 'harbour-cranes', savedAt: 1 });
    const list = await screen.findByRole('list');
    const link = within(list).getByRole('link', { name: 'New cranes for the harbour' });
    expect(link).toHaveAttribute('href', '/article/harbour-cranes');
    expect(screen.getByRole('status')).toHaveTextContent('One stored article matches “gantry”.');
    const marked = list.querySelectorAll('mark');
    expect([...marked].map((mark) => mark.textContent)).toEqual(['gantry']);
    expect(await within(list).findByText('Saved')).toBeVisible();
    expect(within(list).getByText('Available offline')).toBeVisible();
  });

  it('says what is stored and how to store more when nothing matches', async () => {
    await stored('lighthouse');
    expect(
      await screen.findByRole('heading', { name: 'Nothing stored matches “lighthouse”' }),
    ).toBeVisible();
    // Drawn again once the article is stored: the count follows the store.
    expect(await screen.findByText(/the article stored on this device/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Downloaded sections' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('shows markup in a query as text, never as elements', async () => {
    await stored('<img src=x onerror=alert(1)>');
    expect(
      await screen.findByRole('heading', { name: /Nothing stored matches/ }),
    ).toHaveTextContent('“<img src=x onerror=alert(1)>”');
    expect(document.querySelector('img')).toBeNull();
  });

  it('asks for words when the query is empty', async () => {
    await stored('  ');
    expect(screen.getByText(/Type in the search field above/)).toBeVisible();
  });
});
