import type { Site } from '../model/types';
import { needsFetch, once, type DataContext, type SyncOptions } from './context';
import { readSite } from './queries/site';
import { siteRecords } from './records';

export async function syncSite(ctx: DataContext, options: SyncOptions = {}): Promise<Site> {
  const stored = await readSite(ctx);
  if (stored && !needsFetch(ctx, stored.fetchedAt, options)) return stored;
  return once(ctx, 'site', async () => {
    const site = await ctx.blog.site();
    await storeSite(ctx, site, ctx.now());
    return site;
  });
}

export async function storeSite(ctx: DataContext, site: Site, fetchedAt: number): Promise<void> {
  const { db } = ctx;
  const records = siteRecords(site, fetchedAt);
  await db.transaction('rw', db.site, db.sections, async () => {
    await db.site.put(records.site);
    // A good site document is the truth about which sections exist.
    await db.sections.clear();
    await db.sections.bulkPut(records.sections);
  });
}
