import type { ArticleRecord } from '../../db/db';
import { isUsableArticle } from '../../model/stored';
import { markWords, rankMatches, snippet, type SearchResults } from '../../model/search';
import { htmlToText } from '../../model/text';
import type { DataContext } from '../context';
import { SearchIndex } from './index';

/** Results drawn at once: a reader refines the query rather than scroll hundreds. */
export const hitsShown = 20;

const indexes = new WeakMap<DataContext, SearchIndex>();

export function searchIndexOf(ctx: DataContext): SearchIndex {
  let index = indexes.get(ctx);
  if (!index) indexes.set(ctx, (index = new SearchIndex(ctx)));
  return index;
}

/** The stored articles that match, ranked, each with its found words marked in a snippet. */
export async function search(ctx: DataContext, query: string): Promise<SearchResults> {
  const { db } = ctx;
  const { matches, indexed } = await searchIndexOf(ctx).find(query);
  const ranked = rankMatches(matches, hitsShown);
  const slugs = ranked.map((match) => match.id);
  const [records, saved] = await db.transaction('r', db.articles, db.saved, () =>
    Promise.all([db.articles.bulkGet(slugs), db.saved.bulkGet(slugs)]),
  );
  const hits = ranked.flatMap((match, index) => {
    const record = records[index];
    if (!isUsableArticle(record)) return [];
    const terms = new Set(match.terms);
    const inBody = Object.values(match.match).some((fields) => fields.includes('body'));
    const {
      html,
      related: _related,
      locked: _locked,
      fetchedAt: _at,
      ...article
    } = record as ArticleRecord;
    return [
      {
        article,
        title: markWords(record.title, terms),
        snippet: snippet(inBody && html ? htmlToText(html) : record.excerpt, terms),
        saved: saved[index] !== undefined,
        stored: html !== undefined,
      },
    ];
  });
  return { query, hits, total: matches.length, indexed };
}
