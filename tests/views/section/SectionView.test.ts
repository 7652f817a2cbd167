import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SectionView from '../../../src/views/section/SectionView.svelte';
import { FakeSource } from '../../data/fixtures';
import { pageUrl, rawPage, rawSite, rawSummary, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const slugs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `story-${from + i}`);

function blog() {
  return new FakeSource({
    [siteUrl]: rawSite(),
    [pageUrl('world-news', 1)]: rawPage('world-news', 1, 2, slugs(1, 3)),
    [pageUrl('world-news', 2)]: rawPage('world-news', 2, 2, slugs(4, 5)),
  });
}

const titles = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('SectionView', () => {
  it('lists the first page newest first under the section’s title', async () => {
    renderView(SectionView, { slug: 'world-news' }, blog());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'World News' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(titles()).toEqual(['Title of story-1', 'Title of story-2', 'Title of story-3']),
    );
    // How fresh the stored list is.
    expect(screen.getByText(/^Updated /)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Title of story-1' })).toHaveAttribute(
      'href',
      '/article/story-1',
    );
  });

  it('draws a long list a phone’s screenful at once, then the rest in order, then what follows', async () => {
    const source = new FakeSource({
      [siteUrl]: rawSite(),
      [pageUrl('world-news', 1)]: rawPage('world-news', 1, 2, slugs(1, 14)),
    });
    renderView(SectionView, { slug: 'world-news' }, source);
    await screen.findByRole('link', { name: 'Title of story-1' });
    expect(titles()).toEqual(slugs(1, 2).map((slug) => `Title of ${slug}`));
    // What follows the list waits for it, so no card pushes it down.
    expect(screen.queryByRole('button', { name: 'Older articles' })).toBeNull();
    await waitFor(() => expect(titles()).toEqual(slugs(1, 14).map((slug) => `Title of ${slug}`)));
    expect(screen.getByRole('button', { name: 'Older articles' })).toBeVisible();
  });

  it('asks for the first picture at once and first, the others only as they near the screen', async () => {
    const pictured = (slug: string) =>
      rawSummary(slug, {
        section: 'world-news',
        image: { src: `https://blog.example/${slug}.jpg`, alt: `Picture of ${slug}` },
      });
    const source = new FakeSource({
      [siteUrl]: rawSite(),
      [pageUrl('world-news', 1)]: rawPage('world-news', 1, 1, [], {
        articles: slugs(1, 3).map(pictured),
      }),
    });
    renderView(SectionView, { slug: 'world-news' }, source);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(3));
    const [first, ...rest] = screen.getAllByRole('img');
    expect(first).toHaveAccessibleName('Picture of story-1');
    expect(first).toHaveAttribute('loading', 'eager');
    expect(first).toHaveAttribute('fetchpriority', 'high');
    for (const picture of rest) {
      expect(picture).toHaveAttribute('loading', 'lazy');
      expect(picture).toHaveAttribute('fetchpriority', 'auto');
    }
  });

  it('appends page 2 with "Older articles" and hides the button after the last page', async () => {
    const user = userEvent.setup();
    const { router } = renderView(SectionView, { slug: 'world-news' }, blog());
    await user.click(await screen.findByRole('button', { name: 'Older articles' }));
    await screen.findByRole('link', { name: 'Title of story-5' });
    expect(titles()).toEqual(slugs(1, 5).map((slug) => `Title of ${slug}`));
    expect(screen.queryByRole('button', { name: 'Older articles' })).toBeNull();
    // Remembered with the history entry, so Back shows the same list.
    expect(router.entryState('pages')).toBe(2);
  });

  it('keeps the list and offers to try again when an older page fails', async () => {
    const user = userEvent.setup();
    const source = blog();
    source.set(pageUrl('world-news', 2), new Error('network down'));
    renderView(SectionView, { slug: 'world-news' }, source);
    await user.click(await screen.findByRole('button', { name: 'Older articles' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    expect(titles()).toHaveLength(3);
    source.set(pageUrl('world-news', 2), rawPage('world-news', 2, 2, slugs(4, 5)));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('link', { name: 'Title of story-5' });
  });

  it('shows a not-found view for a section the site does not list', async () => {
    renderView(SectionView, { slug: 'gardening' }, blog());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This section doesn’t exist' }),
    ).toBeInTheDocument();
  });
});
