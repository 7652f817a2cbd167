import { screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { announce } from '../../src/arrivals';

const notice = () => screen.getByRole('status');
const ferry = { slug: 'ferry', title: 'Ferry returns' };
const bridge = { slug: 'bridge', title: 'Bridge opens' };

describe('the notice for queued articles that arrived', () => {
  it('names one article and links to it', async () => {
    const user = userEvent.setup();
    announce([ferry]);
    expect(notice()).toHaveTextContent('“Ferry returns” is ready to read, even offline.');
    expect(within(notice()).getByRole('link', { name: 'Read it' })).toHaveAttribute(
      'href',
      '/article/ferry',
    );
    // Following the link is reading it: the notice goes.
    await user.click(within(notice()).getByRole('link', { name: 'Read it' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('counts several, across arrivals not yet dismissed, with a link to each', async () => {
    const user = userEvent.setup();
    announce([ferry]);
    announce([bridge, ferry]);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(notice()).toHaveTextContent('2 queued articles are ready to read, even offline');
    const links = within(notice()).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ferry returns', '/article/ferry'],
      ['Bridge opens', '/article/bridge'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    announce([bridge]);
    expect(notice()).toHaveTextContent('“Bridge opens” is ready to read');
  });
});
