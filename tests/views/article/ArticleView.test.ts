import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../src/model/article';
import ArticleView from '../../../src/views/article/ArticleView.svelte';
import { FakeSource, offline, serverError } from '../../data/fixtures';
import {
  articleUrl,
  pageUrl,
  rawArticle,
  rawPage,
  rawSite,
  rawSummary,
  siteUrl,
} from '../../factories';
import Harness from '../Harness.svelte';
import { renderView } from '../render';

afterEach(() => cleanup());

function blog() {
  return new FakeSource({
    [siteUrl]: rawSite(),
    [articleUrl('harbour-strike')]: rawArticle('harbour-strike', {
      title: 'Harbour cranes fall silent in Port Veyra',
      author: { name: 'Ines Marlow', url: 'https://example.org/authors/ines-marlow' },
      published: '2026-11-26T18:30:00Z',
      html: '<p>Dockworkers voted to strike.</p><p><img src=x onerror="alert(1)">Second paragraph.</p><script>alert(2)</script>',
      image: { src: '../images/cranes.svg', alt: 'Cranes at dusk', width: 1200, height: 675 },
      related: ['bridge-opens', 'ferry-returns', 'river-talks'].map((slug) =>
        rawSummary(slug, {
          href: `${slug}.json`,
          title: `Related: ${slug}`,
          author: { name: `Author of ${slug}` },
        }),
      ),
    }),
  });
}

describe('ArticleView', () => {
  it('says a password-protected post is locked and links to it on the blog', async () => {
    const locked = parseArticle({
      url: articleUrl('members-night'),
      body: rawArticle('members-night'),
    });
    const article = vi.fn(async () => ({
      ...locked,
      html: '',
      locked: true,
      link: 'https://blog.example/2026/11/members-night/',
    }));
    renderView(ArticleView, { slug: 'members-night' }, blog(), { article });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'This post is password protected' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open it on the blog' })).toHaveAttribute(
      'href',
      'https://blog.example/2026/11/members-night/',
    );
    expect(document.querySelector('.body')).toBeNull();
  });

  it('shows the title, byline, sanitized body and related posts', async () => {
    renderView(ArticleView, { slug: 'harbour-strike' }, blog());

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour cranes fall silent in Port Veyra',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ines Marlow' })).toHaveAttribute(
      'href',
      'https://example.org/authors/ines-marlow',
    );
    expect(screen.getByText(/min read/)).toBeInTheDocument();
    const time = document.querySelector('.byline time');
    expect(time).toHaveAttribute('datetime', '2026-11-26T18:30:00Z');
    expect(time?.textContent).toMatch(/2026/);

    expect(await screen.findByText('Dockworkers voted to strike.')).toBeInTheDocument();
    expect(document.querySelector('.body script')).toBeNull();
    expect(document.querySelector('.body [onerror]')).toBeNull();

    const hero = screen.getByRole('img', { name: 'Cranes at dusk' });
    expect(hero).toHaveAttribute('src', 'https://blog.example/content/images/cranes.svg');
    expect(hero).toHaveAttribute('width', '1200');
    expect(hero).toHaveAttribute('height', '675');

    // A frame after the body, so the first render of the cards is a task of its own.
    expect(screen.queryByRole('region', { name: 'Related posts' })).toBeNull();
    const related = await screen.findByRole('region', { name: 'Related posts' });
    const links = within(related).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Related: bridge-opens',
      'Related: ferry-returns',
      'Related: river-talks',
    ]);
    expect(links[0]).toHaveAttribute('href', '/article/bridge-opens');
    expect(within(related).getByText(/Author of ferry-returns/)).toBeInTheDocument();
  });

  it('keeps the page it drew, sanitized, for the worker to answer a later visit with', async () => {
    const { container, keptPages } = renderView(ArticleView, { slug: 'harbour-strike' }, blog());
    // The page is #app as the app drew it (main.ts mounts there).
    container.id = 'app';
    await screen.findByText('Dockworkers voted to strike.');
    await vi.waitFor(() => expect(keptPages.pages.has('harbour-strike')).toBe(true));
    const kept = keptPages.pages.get('harbour-strike')?.markup ?? '';
    expect(keptPages.pages.get('harbour-strike')?.title).toMatch(/^Harbour cranes fall silent/);
    expect(kept).toContain('Harbour cranes fall silent in Port Veyra');
    expect(kept).toContain('Dockworkers voted to strike.');
    expect(kept).not.toMatch(/onerror|<script/);
  });

  it('links to its section by name once the site is known', async () => {
    renderView(ArticleView, { slug: 'harbour-strike' }, blog());
    expect(await screen.findByRole('link', { name: 'World News' })).toHaveAttribute(
      'href',
      '/section/world-news',
    );
  });

  it('keeps showing the stored article when its refresh fails', async () => {
    const source = blog();
    const first = renderView(ArticleView, { slug: 'harbour-strike' }, source);
    await screen.findByText('Dockworkers voted to strike.');
    first.unmount();
    source.set(articleUrl('harbour-strike'), serverError(articleUrl('harbour-strike')));
    first.clock.now += 10 * 60_000;
    // Same database, a new view after the copy went stale: it shows at once, refresh failing behind it.
    render(Harness, {
      props: {
        repository: first.repository,
        router: first.router,
        view: ArticleView as never,
        props: { slug: 'harbour-strike' },
      },
    });
    expect(await screen.findByText('Dockworkers voted to strike.')).toBeInTheDocument();
    expect(await screen.findByText('Couldn’t check for updates.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Harbour cranes fall silent in Port Veyra' }),
    ).toBeInTheDocument();
  });

  it('shows what a list already told about an article whose body cannot be fetched', async () => {
    const source = blog();
    source.set(pageUrl('world-news', 1), rawPage('world-news', 1, 1, ['harbour-strike']));
    source.set(articleUrl('harbour-strike'), serverError(articleUrl('harbour-strike')));
    const { repository } = renderView(ArticleView, { slug: 'harbour-strike' }, source);
    await repository.syncSectionPage('world-news', 1);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Title of harbour-strike' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The blog is having trouble' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The message is a region named by its own heading.
    expect(screen.getByRole('region', { name: 'The blog is having trouble' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a not-found view for an article the blog does not have', async () => {
    renderView(ArticleView, { slug: 'no-such-story' }, blog());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This article doesn’t exist' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'This article doesn’t exist' })).toBeInTheDocument();
  });

  it('explains a failure in plain words and retries on request', async () => {
    const source = blog();
    const good = source.documents.get(articleUrl('harbour-strike'));
    source.set(
      articleUrl('harbour-strike'),
      rawArticle('harbour-strike', { published: 'yesterday' }),
    );
    renderView(ArticleView, { slug: 'harbour-strike' }, source);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This article could not be read' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/field “published”/)).toBeInTheDocument();
    source.set(articleUrl('harbour-strike'), good);
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour cranes fall silent in Port Veyra',
      }),
    ).toBeInTheDocument();
  });

  it('offline, offers the articles read most recently, as they are read', async () => {
    const source = blog();
    source.set(articleUrl('never-opened'), offline(articleUrl('never-opened')));
    const { repository, clock } = renderView(ArticleView, { slug: 'never-opened' }, source);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This article is not available offline',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Recently read, available offline' })).toBeNull();
    await repository.syncArticle('harbour-strike');
    clock.now += 1000;
    // Read after it was stored: the list follows the read marks, not only the articles.
    await repository.markRead('harbour-strike');
    await screen.findByRole('heading', { name: 'Recently read, available offline' });
    expect(
      screen.getByRole('link', { name: 'Harbour cranes fall silent in Port Veyra' }),
    ).toHaveAttribute('href', '/article/harbour-strike');
  });
});
