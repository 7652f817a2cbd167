import { cleanup, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlogChoice } from '../../../src/model/blog';
import { ContentError } from '../../../src/sources/errors';
import type { BlogSwitch } from '../../../src/startup/blog-switch';
import BlogSetting from '../../../src/views/settings/BlogSetting.svelte';
import { FakeSource } from '../../data/fixtures';
import { rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => cleanup());

const current: BlogChoice = { kind: 'content-api', url: siteUrl, database: 'paperboy' };
const harbour: BlogChoice = {
  kind: 'wordpress',
  url: 'https://harbour.example/?rest_route=/',
  database: 'paperboy-abc',
};

function blogSwitch(overrides: Partial<BlogSwitch> = {}): BlogSwitch {
  return {
    current,
    chosenByReader: false,
    lookUp: vi.fn(async () => ({ choice: harbour, title: 'Harbour & Hill' })),
    switchTo: vi.fn(),
    reset: vi.fn(),
    ...overrides,
  };
}

const render = (blog: BlogSwitch) =>
  renderView(BlogSetting, { blog }, new FakeSource({ [siteUrl]: rawSite() }));

describe('BlogSetting', () => {
  it('says which blog is read, of which kind, at which address', async () => {
    const { repository } = render(blogSwitch());
    await repository.syncSite();
    expect(await screen.findByText('My Blog')).toBeVisible();
    expect(screen.getByText(/a Paperboy blog/)).toBeVisible();
    expect(screen.getByText(siteUrl)).toBeVisible();
  });

  it('looks an address up, names what it found, and switches only once asked', async () => {
    const blog = blogSwitch();
    render(blog);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Another blog’s address'), 'https://harbour.example/');
    await user.click(screen.getByRole('button', { name: 'Look it up' }));
    expect(blog.lookUp).toHaveBeenCalledWith('https://harbour.example/');
    const confirm = await screen.findByRole('group');
    expect(confirm).toHaveTextContent('Harbour & Hill is a WordPress site. Switch to it?');
    expect(blog.switchTo).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Switch to Harbour & Hill' }));
    expect(blog.switchTo).toHaveBeenCalledWith(harbour);
  });

  it('lets the reader think better of it', async () => {
    const blog = blogSwitch();
    render(blog);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Another blog’s address'), 'https://harbour.example/');
    await user.click(screen.getByRole('button', { name: 'Look it up' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(blog.switchTo).not.toHaveBeenCalled();
  });

  it('says plainly why an address cannot be read', async () => {
    const blog = blogSwitch({
      lookUp: vi.fn(async () => {
        throw new ContentError({ kind: 'not-a-blog', reason: 'unknown' }, 'https://shop.example/');
      }),
    });
    render(blog);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Another blog’s address'), 'https://shop.example/');
    await user.click(screen.getByRole('button', { name: 'Look it up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No blog Paperboy can read is there.',
    );
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('goes back to the app’s own blog when the reader chose another', async () => {
    const blog = blogSwitch({ chosenByReader: true });
    render(blog);
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Go back to this app’s own blog' }));
    expect(blog.reset).toHaveBeenCalledOnce();
  });
});
