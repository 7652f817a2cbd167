import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, heading, useApp } from './harness';

const { server, open } = useApp();
let page: Page;

describe('when the blog fails', () => {
  it('explains a server failure and recovers with Retry', async () => {
    const slug = demo.worldNews.articles[2]!.slug;
    server.inject({ prefix: '/content/articles/', status: 503 });
    page = await open(`/article/${slug}`);
    await heading(page).filter({ hasText: 'The blog is having trouble' }).waitFor();
    server.clearFaults();
    await page.getByRole('button', { name: 'Retry' }).click();
    await heading(page).filter({ hasText: demo.worldNews.articles[2]!.title }).waitFor();
  });

  it('shows the other sections when one fails, and retries that one alone', async () => {
    server.inject({ prefix: '/content/sections/science/', status: 503 });
    page = await open('/');
    const science = page.getByRole('region', { name: 'Science' });
    await science.getByText('Couldn’t check for updates.').waitFor();
    await page.getByRole('region', { name: 'World News' }).getByRole('listitem').first().waitFor();
    server.clearFaults();
    await science.getByRole('button', { name: 'Retry' }).click();
    await science.getByRole('listitem').first().waitFor();
    await expect.poll(() => science.getByText('Couldn’t check for updates.').count()).toBe(0);
  });
});
