import { cleanup, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import HeaderTools from '../../src/components/HeaderTools.svelte';
import { FakeSource } from '../data/fixtures';
import { rawSite, siteUrl } from '../factories';
import { renderView } from './render';

afterEach(() => cleanup());

const blog = () => new FakeSource({ [siteUrl]: rawSite() });

describe('the header’s search field and queue count', () => {
  it('searches as the reader types, and "/" goes to the field', async () => {
    const user = userEvent.setup();
    const { router } = renderView(HeaderTools, { route: { name: 'home' } }, blog());
    const field = screen.getByRole('searchbox', { name: 'Search stored articles' });
    await user.keyboard('/');
    expect(field).toHaveFocus();
    await user.keyboard('caf');
    expect(router.route).toEqual({ name: 'search', query: 'caf' });
    expect(window.location.search).toBe('?q=caf');
  });

  it('leaves "/" alone while the reader types in another field', async () => {
    const user = userEvent.setup();
    renderView(HeaderTools, { route: { name: 'home' } }, blog());
    const other = document.body.appendChild(document.createElement('textarea'));
    other.focus();
    await user.keyboard('/');
    expect(other).toHaveValue('/');
    other.remove();
  });

  it('counts the articles waiting for a connection, linking to Saved', async () => {
    const { db } = renderView(HeaderTools, { route: { name: 'home' } }, blog());
    expect(screen.queryByRole('link', { name: /waiting/ })).toBeNull();
    await db.queue.bulkPut([
      { slug: 'a', queuedAt: 1 },
      { slug: 'b', queuedAt: 2 },
    ]);
    const link = await screen.findByRole('link', { name: '2 waiting for a connection' });
    expect(link).toHaveAttribute('href', '/saved');
  });
});
