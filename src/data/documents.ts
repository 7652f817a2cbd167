import type { Article, SectionPage, Site } from '../model/types';
import { storeArticle } from './articles';
import type { DataContext } from './context';
import { storeSectionPage } from './sections';
import { storeSite } from './site';

/** What a first visit holds until the writer stores it, so nothing is validated twice. */
export type ValidDocument =
  | { kind: 'site'; site: Site; fetchedAt: number }
  | { kind: 'section'; page: SectionPage; section: string; fetchedAt: number }
  | { kind: 'article'; article: Article; fetchedAt: number };

export async function storeDocument(ctx: DataContext, doc: ValidDocument): Promise<void> {
  if (doc.kind === 'site') await storeSite(ctx, doc.site, doc.fetchedAt);
  else if (doc.kind === 'section')
    await storeSectionPage(ctx, doc.page, doc.section, doc.page.page, doc.fetchedAt);
  else await storeArticle(ctx, doc.article);
}
