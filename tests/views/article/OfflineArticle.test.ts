import { cleanup, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ArticleView from '../../../src/views/article/ArticleView.svelte';
import { FakeSource, offline } from '../../data/fixtures';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const blog = () => {
  const source = new FakeSource({ [siteUrl]: rawSite() });
  source.set(articleUrl('never-opened'), offline(articleUrl('never-opened')));
  return source;
};

describe('an article not stored, offline', () => {
  it('queues it to download when back online, and takes it out of the queue again', async () => {
    const user = userEvent.setup();
    const { db } = renderView(ArticleView, { slug: 'never-opened' }, blog());
    const queue = await screen.findByRole('button', { name: 'Get it when I’m back online' });
    await user.click(queue);
    const remove = await screen.findByRole('button', { name: 'Remove from queue' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Queued — it will download when you’re back online.',
    );
    expect((await db.queue.toArray()).map((entry) => entry.slug)).toEqual(['never-opened']);

    await user.click(remove);
    await screen.findByRole('button', { name: 'Get it when I’m back online' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(await db.queue.count()).toBe(0);
  });

  it('shows it queued when it already was, as after a reload', async () => {
    const source = blog();
    const { db } = renderView(ArticleView, { slug: 'never-opened' }, source);
    await db.queue.put({ slug: 'never-opened', queuedAt: 1 });
    expect(await screen.findByRole('button', { name: 'Remove from queue' })).toBeEnabled();
  });

  it('opens the article once it arrives', async () => {
    const source = blog();
    const { repository } = renderView(ArticleView, { slug: 'never-opened' }, source);
    await screen.findByRole('button', { name: 'Get it when I’m back online' });
    await repository.queueArticle('never-opened');
    source.set(articleUrl('never-opened'), rawArticle('never-opened', { title: 'Now here' }));
    expect(await repository.fetchQueued()).toEqual([{ slug: 'never-opened', title: 'Now here' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Now here' })).toBeVisible();
  });
});
