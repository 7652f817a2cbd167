import { describe, expect, it } from 'vitest';
import { readSections, readSite } from '../../src/data/queries/site';
import { syncSite } from '../../src/data/site';
import { rawSite, siteUrl } from '../factories';
import { FakeSource, serverError, openTestContext } from './fixtures';

function setup(source = new FakeSource({ [siteUrl]: rawSite() })) {
  return openTestContext(source);
}

describe('syncSite', () => {
  it('stores the site and its sections in display order', async () => {
    const { ctx } = setup();
    await syncSite(ctx);
    expect((await readSite(ctx))?.title).toBe('My Blog');
    expect((await readSections(ctx)).map((s) => s.slug)).toEqual(['world-news', 'science']);
  });

  it('replaces the section list on a good refresh', async () => {
    const { ctx, source } = setup();
    await syncSite(ctx);
    source.set(
      siteUrl,
      rawSite({ sections: [{ slug: 'sport', title: 'Sport', href: 'sections/sport/1.json' }] }),
    );
    await syncSite(ctx, { force: true });
    expect((await readSections(ctx)).map((s) => s.slug)).toEqual(['sport']);
  });

  it('keeps site and sections when the refresh fails or is refused', async () => {
    const { ctx, source } = setup();
    await syncSite(ctx);
    const before = [await readSite(ctx), await readSections(ctx)];
    source.set(siteUrl, serverError(siteUrl));
    await expect(syncSite(ctx, { force: true })).rejects.toBeTruthy();
    source.set(siteUrl, rawSite({ version: 2 }));
    await expect(syncSite(ctx, { force: true })).rejects.toMatchObject({
      fault: { kind: 'version' },
    });
    expect([await readSite(ctx), await readSections(ctx)]).toEqual(before);
  });

  it('answers from the store while fresh, even when the network is gone', async () => {
    const { ctx, source, clock } = setup();
    await syncSite(ctx);
    source.set(siteUrl, serverError(siteUrl));
    clock.online = false;
    clock.now += 10 * 60_000;
    await expect(syncSite(ctx)).resolves.toMatchObject({ title: 'My Blog' });
  });
});
