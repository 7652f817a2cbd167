import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import HomeView from '../../../src/views/home/HomeView.svelte';
import { FakeSource } from '../../data/fixtures';
import { pageUrl, rawPage, rawSite, rawSummary, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const pictured = (section: string, slugs: string[]) =>
  rawPage(section, 1, 1, [], {
    articles: slugs.map((slug) =>
      rawSummary(slug, {
        section,
        image: { src: `https://blog.example/${slug}.jpg`, alt: `Picture of ${slug}` },
      }),
    ),
  });

describe('HomeView', () => {
  it('asks for the lead picture of the first section at once and first, the others as they near the screen', async () => {
    const source = new FakeSource({
      [siteUrl]: rawSite(),
      [pageUrl('world-news', 1)]: pictured('world-news', ['harbour', 'ferry']),
      [pageUrl('science', 1)]: pictured('science', ['comet', 'reef']),
    });
    renderView(HomeView, {}, source);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(4));
    const [lead, ...rest] = screen.getAllByRole('img');
    expect(lead).toHaveAccessibleName('Picture of harbour');
    expect(lead).toHaveAttribute('loading', 'eager');
    expect(lead).toHaveAttribute('fetchpriority', 'high');
    expect(rest.map((picture) => picture.getAttribute('loading'))).toEqual([
      'lazy',
      'lazy',
      'lazy',
    ]);
    expect(rest.map((picture) => picture.getAttribute('fetchpriority'))).toEqual([
      'auto',
      'auto',
      'auto',
    ]);
  });
});
