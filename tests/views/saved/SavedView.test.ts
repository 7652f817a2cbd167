import { cleanup, render, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ArticleView from '../../../src/views/article/ArticleView.svelte';
import SavedView from '../../../src/views/saved/SavedView.svelte';
import { FakeSource } from '../../data/fixtures';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import Harness from '../Harness.svelte';
import { renderView } from '../render';

afterEach(() => cleanup());

const blog = () =>
  new FakeSource({
    [siteUrl]: rawSite(),
    [articleUrl('keep-me')]: rawArticle('keep-me', { title: 'Keep me' }),
  });

describe('SavedView', () => {
  it('says how to save when nothing is saved', async () => {
    renderView(SavedView, {}, blog());
    expect(await screen.findByText(/Nothing saved yet/)).toBeVisible();
  });

  it('lists imported saved articles not stored here, to be fetched when opened', async () => {
    const { db } = renderView(SavedView, {}, blog());
    await db.saved.bulkPut([
      { slug: 'elsewhere', savedAt: 1 },
      { slug: 'unnamed', savedAt: 2 },
    ]);
    await db.reads.put({ slug: 'elsewhere', readAt: 1, title: 'From elsewhere' });
    const region = await screen.findByRole('region', { name: 'Not on this device yet' });
    expect(await within(region).findByRole('link', { name: 'From elsewhere' })).toHaveAttribute(
      'href',
      '/article/elsewhere',
    );
    expect(within(region).getByRole('link', { name: 'unnamed' })).toBeVisible();
    expect(
      within(region).getByText(/fetched and kept here the first time you open it/),
    ).toBeVisible();
    expect(screen.queryByText(/Nothing saved yet/)).toBeNull();
  });

  it('lists saved articles, and Save on an article toggles it', async () => {
    const user = userEvent.setup();
    const source = blog();
    const article = renderView(ArticleView, { slug: 'keep-me' }, source);
    await screen.findByRole('heading', { level: 1, name: 'Keep me' });
    await user.click(screen.getByRole('button', { name: 'Save: Keep me' }));
    const saved = await screen.findByRole('button', { name: 'Saved: Keep me' });
    expect(saved).toHaveAttribute('aria-pressed', 'true');
    expect([...(await article.repository.readSavedSlugs())]).toEqual(['keep-me']);

    const list = render(Harness, {
      props: { repository: article.repository, router: article.router, view: SavedView as never },
    });
    expect(await list.findByRole('link', { name: 'Keep me' })).toHaveAttribute(
      'href',
      '/article/keep-me',
    );
    expect(list.getByText('Available offline')).toBeVisible();
    list.unmount();

    await user.click(saved);
    await screen.findByRole('button', { name: 'Save: Keep me' });
    expect((await article.repository.readSavedSlugs()).size).toBe(0);
  });
});
