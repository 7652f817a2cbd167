import type { ArticleSummary } from './types';

/**
 * Related posts computed on the device, for blogs that send none: the stored articles
 * sharing the most distinctive categories and tags, then title and text words, then the newest.
 */

/** A term with minus the article's date: an index of these lists a term's articles newest first. */
export type TermKey = [term: string, order: number];

export interface TermsRecord {
  slug: string;
  /** "c:<category or tag>" and "w:<word>", each once. */
  keys: TermKey[];
}

/** The articles under one of an article's terms: the newest `holdersRead`, and how many (at most one more). */
export interface TermHolders {
  slugs: readonly string[];
  count: number;
}

/** Of a term on more articles, only the newest count, all as "many": it says little, and each one read costs. */
export const holdersRead = 24;

// Each term is a read of its own: a post with thirty tags is matched on its first few.
const maxLabels = 8;
const maxWords = 8;

// Words too common in English to tell two articles apart; other languages rely on rarity alone.
const stopWords = new Set(
  (
    'the and for are but not you all any can had her was one our out has him his how its may ' +
    'new now old see two who did get let put say she too use with this that from they will ' +
    'have what when your into than then them were been more some such also just like over ' +
    'only very about after again there their which would could should other these those ' +
    'where while being every under because'
  ).split(' '),
);

/** Lower case without accents, so "Café" and "cafe" are one term. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function words(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.length >= 3 && !stopWords.has(word) && !/^\d+$/.test(word))
    .map((word) => word.slice(0, 24));
}

const label = (text: string) => `c:${fold(text).replace(/[^\p{L}\p{N}]+/gu, '-')}`;

/** What an article is matched on: its section, categories and tags, then its title's and excerpt's words. */
export function relatedTerms(
  article: Pick<ArticleSummary, 'slug' | 'published' | 'section' | 'tags' | 'title' | 'excerpt'>,
): TermsRecord {
  const keys = new Set([label(article.section), ...article.tags.map(label)].slice(0, maxLabels));
  const labels = keys.size;
  for (const word of [...words(article.title), ...words(article.excerpt)]) {
    if (keys.size - labels >= maxWords) break;
    keys.add(`w:${word}`);
  }
  const time = Date.parse(article.published);
  const order = Number.isFinite(time) ? -time : 0;
  return { slug: article.slug, keys: [...keys].map((term): TermKey => [term, order]) };
}

interface Candidate {
  slug: string;
  labels: number;
  words: number;
  /** Where it was first found: which term, how far down that term's newest-first list. */
  list: number;
  position: number;
}

/**
 * The `count` closest to `own`, given who holds each of its terms. Of two sharing the same
 * terms, the newer comes first: it is higher in the same lists.
 */
export function rankRelated(
  own: TermsRecord,
  found: readonly TermHolders[],
  count: number,
): string[] {
  const candidates = new Map<string, Candidate>();
  own.keys.forEach(([term], list) => {
    const holders = found[list];
    if (!holders || holders.count === 0) return;
    // The rarer the term, the more sharing it says (as in a store of a thousand: counting
    // every stored article would cost more than the rest of the read).
    const weight = Math.log(1 + 1000 / holders.count);
    const field = term.startsWith('c:') ? 'labels' : 'words';
    holders.slugs.forEach((slug, position) => {
      if (slug === own.slug) return;
      let candidate = candidates.get(slug);
      if (!candidate) {
        candidate = { slug, labels: 0, words: 0, list, position };
        candidates.set(slug, candidate);
      }
      candidate[field] += weight;
    });
  });
  return [...candidates.values()]
    .sort(
      (a, b) =>
        b.labels - a.labels ||
        b.words - a.words ||
        a.position - b.position ||
        a.list - b.list ||
        (a.slug < b.slug ? -1 : 1),
    )
    .slice(0, count)
    .map((candidate) => candidate.slug);
}
