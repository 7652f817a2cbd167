import { cleanup, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReadingData from '../../../src/views/settings/ReadingData.svelte';
import { FakeSource } from '../../data/fixtures';
import { rawSite, siteUrl } from '../../factories';
import { renderView } from '../render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const block = () => screen.getByRole('region', { name: 'Your reading data' });

/** Export pressed: the file the page handed to its download link, and the link's name. */
async function exported(user: ReturnType<typeof userEvent.setup>) {
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((made: Blob) => ((blob = made), 'blob:export'));
  URL.revokeObjectURL = vi.fn();
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(within(block()).getByRole('button', { name: 'Export reading data' }));
  await within(block()).findByText(/^Saved paperboy-.*\.json to your downloads/);
  const link = clicked.mock.contexts[0] as HTMLAnchorElement;
  return { name: link.download, text: await (blob as Blob).text() };
}

describe('Your reading data', () => {
  it('exports a file and imports it into another browser, merging without duplicates', async () => {
    const user = userEvent.setup();
    const first = renderView(ReadingData, {}, new FakeSource({ [siteUrl]: rawSite() }));
    await first.db.saved.put({ slug: 'kept', savedAt: 10 });
    await first.db.reads.put({ slug: 'kept', readAt: 20, title: 'Kept' });
    const file = await exported(user);
    expect(file.name).toMatch(/^paperboy-localhost-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'paperboy-export', version: 1 });
    cleanup();

    const second = renderView(ReadingData, {}, new FakeSource({ [siteUrl]: rawSite() }));
    const input = within(block()).getByLabelText('Import from a file…');
    await user.upload(input, new File([file.text], file.name, { type: 'application/json' }));
    expect(
      await within(block()).findByText('Imported 1 saved article and 1 history entry.'),
    ).toHaveAttribute('role', 'status');
    expect(await second.db.saved.toArray()).toEqual([{ slug: 'kept', savedAt: 10 }]);
    await user.upload(input, new File([file.text], file.name, { type: 'application/json' }));
    await within(block()).findByText('Nothing new to import: all 2 entries were already here.');
    expect(await second.db.reads.count()).toBe(1);
  });

  it('refuses a file that is not an export, saying so, and changes nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderView(ReadingData, {}, new FakeSource({ [siteUrl]: rawSite() }));
    const input = within(block()).getByLabelText('Import from a file…');
    await user.upload(
      input,
      new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' }),
    );
    expect(await within(block()).findByRole('alert')).toHaveTextContent(
      /not a Paperboy export\. Choose the paperboy-….json file/,
    );
    const newer = JSON.stringify({ format: 'paperboy-export', version: 9 });
    await user.upload(input, new File([newer], 'new.json', { type: 'application/json' }));
    expect(await within(block()).findByRole('alert')).toHaveTextContent(
      /newer version of Paperboy.*Update the app/,
    );
    expect(await db.saved.count()).toBe(0);
    expect(within(block()).getByRole('status')).toHaveTextContent('');
  });
});
