import type { ArticleRecord } from '../../db/db';
import { result } from '../../db/reader';
import { holdersRead, rankRelated, type TermHolders, type TermsRecord } from '../../model/related';
import { isUsableArticle } from '../../model/stored';
import type { ReadContext } from '../context';

/** Who holds each term, newest first, in one transaction; of a term on many, the newest only. */
function holdersOf(ctx: ReadContext, own: TermsRecord): Promise<TermHolders[]> {
  return ctx.store.within(
    'terms',
    own.keys.map(() => ({ slugs: [], count: 0 })),
    (objects, range) => {
      const index = objects.index('keys');
      return Promise.all(
        own.keys.map(async ([term]): Promise<TermHolders> => {
          const under = range.bound([term, -Infinity], [term, Infinity]);
          const slugs = (await result(index.getAllKeys(under, holdersRead + 1))) as string[];
          return { slugs: slugs.slice(0, holdersRead), count: slugs.length };
        }),
      );
    },
  );
}

/** The stored articles closest to this one (model/related.ts), best first; none until it is stored. */
export async function readRelated(
  ctx: ReadContext,
  slug: string,
  count = 3,
): Promise<ArticleRecord[]> {
  const own = await ctx.store.get<TermsRecord>('terms', slug);
  if (!own) return [];
  const slugs = rankRelated(own, await holdersOf(ctx, own), count);
  const records = await ctx.store.getMany<ArticleRecord>('articles', slugs);
  return records.filter((record): record is ArticleRecord => isUsableArticle(record));
}
