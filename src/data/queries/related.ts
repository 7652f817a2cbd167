import type { ArticleRecord } from '../../db/db';
import { commonTermLimit, rankRelated, type TermsKey, type TermsRecord } from '../../model/related';
import { isUsableArticle } from '../../model/stored';
import { result } from '../../db/reader';
import type { ReadContext } from '../context';

/** For each key, the articles stored under it (their terms' keys), in one transaction. */
function keysUnder(ctx: ReadContext, keys: string[]): Promise<IDBValidKey[][]> {
  return ctx.store.within(
    'terms',
    keys.map(() => []),
    (objects) => {
      const index = objects.index('keys');
      return Promise.all(keys.map((key) => result(index.getAllKeys(key, commonTermLimit + 1))));
    },
  );
}

/** The stored articles closest to this one (model/related.ts), best first; none until it is stored. */
export async function readRelated(
  ctx: ReadContext,
  slug: string,
  count = 3,
): Promise<ArticleRecord[]> {
  const [own] = await ctx.store.all<TermsRecord>('terms', {
    index: 'slug',
    lower: slug,
    upper: slug,
    limit: 1,
  });
  if (!own) return [];
  const [found, total] = await Promise.all([keysUnder(ctx, own.keys), ctx.store.count('terms')]);
  const hits = found.map((keys) =>
    keys.length > commonTermLimit ? undefined : (keys as TermsKey[]),
  );
  const slugs = rankRelated(own, hits, total, count);
  const records = await ctx.store.getMany<ArticleRecord>('articles', slugs);
  return records.filter((record): record is ArticleRecord => isUsableArticle(record));
}
