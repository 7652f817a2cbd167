import type { ArticleRecord } from '../../db/db';
import { parseArticle } from '../../model/article';
import { parseSectionPage } from '../../model/section';
import { parseSite } from '../../model/site';
import type { RawDocument } from '../../sources/types';
import { batchOf, mergeBatch } from '../batch';
import type { ValidDocument } from '../documents';
import { askedArticle, pageRecord, siteRecords } from '../records';
import { mergeStoredSummary } from '../summaries';
import type { PendingRecords, PendingStore } from './pending';

/** `complete`: the view needs nothing more of the writer for this document. */
export interface Held {
  document: ValidDocument;
  stores: PendingStore[];
  complete: boolean;
}

/** With the writer's own validation and records, so what shows is what will be stored. */
export function previewInto(pending: PendingRecords, source: string, now: number) {
  return {
    site(raw: RawDocument): Held {
      const site = parseSite(raw);
      const records = siteRecords(site, now);
      pending.put(source, 'site', [records.site]);
      pending.put(source, 'sections', records.sections);
      return {
        document: { kind: 'site', site, fetchedAt: now },
        stores: ['site', 'sections'],
        complete: true,
      };
    },

    /** A section's first page. One that lists nothing is for the writer to say so. */
    section(raw: RawDocument, section: string): Held {
      const page = parseSectionPage(raw);
      const record = pageRecord(page, section, 1, now);
      const summaries = page.articles.map((summary) =>
        mergeStoredSummary(summary, pending.get<ArticleRecord>('articles', summary.slug)),
      );
      pending.put(source, 'pages', [record]);
      pending.put(source, 'articles', summaries);
      return {
        document: { kind: 'section', page, section, fetchedAt: now },
        stores: ['pages', 'articles'],
        complete: summaries.length > 0,
      };
    },

    article(raw: RawDocument, slug: string): Held {
      const article = askedArticle(parseArticle(raw), slug, raw.url);
      const batch = batchOf([article]);
      const existing = batch.related.map((entry) =>
        pending.get<ArticleRecord>('articles', entry.slug),
      );
      const { records } = mergeBatch(batch.articles, batch.related, existing, now);
      pending.put(source, 'articles', records);
      return {
        document: { kind: 'article', article, fetchedAt: now },
        stores: ['articles'],
        complete: true,
      };
    },
  };
}

export type Preview = ReturnType<typeof previewInto>;
