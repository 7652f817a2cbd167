import type { ArticleRecord } from '../db/db';
import type { PendingRecords, PendingStore } from '../db/pending';
import { parseArticle } from '../model/article';
import { parseSectionPage } from '../model/section';
import { parseSite } from '../model/site';
import type { RawDocument } from '../sources/types';
import { batchOf, mergeBatch } from './batch';
import { askedArticle, pageRecord, siteRecords } from './records';
import { mergeStoredSummary } from './summaries';

/** What a document added: the stores to read again, and whether the view needs nothing more of the writer for it. */
export interface PreviewShown {
  stores: PendingStore[];
  complete: boolean;
}

/**
 * A first visit's documents, validated on the page as they arrive and held as the records
 * the writer will store (PendingRecords), so the first screen draws from them while the
 * writer loads. Validation and records are the writer's own (model/, records.ts, ingest.ts):
 * what shows is what will be stored. Each throws as the writer would. `source` is the URL
 * asked for: the writer takes the document by it, and its records go once it has.
 */
export function previewInto(pending: PendingRecords, source: string, now: number) {
  return {
    site(raw: RawDocument): PreviewShown {
      const records = siteRecords(parseSite(raw), now);
      pending.put(source, 'site', [records.site]);
      pending.put(source, 'sections', records.sections);
      return { stores: ['site', 'sections'], complete: true };
    },

    /** A section's first page. One that lists nothing is for the writer to say so. */
    section(raw: RawDocument, section: string): PreviewShown {
      const doc = parseSectionPage(raw);
      const record = pageRecord(doc, section, 1, now);
      const summaries = doc.articles.map((summary) =>
        mergeStoredSummary(summary, pending.get<ArticleRecord>('articles', summary.slug)),
      );
      pending.put(source, 'pages', [record]);
      pending.put(source, 'articles', summaries);
      return { stores: ['pages', 'articles'], complete: summaries.length > 0 };
    },

    article(raw: RawDocument, slug: string): PreviewShown {
      const article = askedArticle(parseArticle(raw), slug, raw.url);
      const batch = batchOf([article]);
      const existing = batch.related.map((entry) =>
        pending.get<ArticleRecord>('articles', entry.slug),
      );
      const { records } = mergeBatch(batch.articles, batch.related, existing, now);
      pending.put(source, 'articles', records);
      return { stores: ['articles'], complete: true };
    },
  };
}

export type Preview = ReturnType<typeof previewInto>;
