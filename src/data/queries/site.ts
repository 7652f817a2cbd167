import type { SectionRecord, SiteRecord } from '../../db/db';
import type { ReadContext } from '../context';

export function readSite(ctx: ReadContext): Promise<SiteRecord | undefined> {
  return ctx.store.get<SiteRecord>('site', 'site');
}

export function readSections(ctx: ReadContext): Promise<SectionRecord[]> {
  return ctx.store.all<SectionRecord>('sections', { index: 'position' });
}
