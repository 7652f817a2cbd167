import type { ArticleSummary } from './types';

/**
 * Related posts computed on the device, for blogs that send none: the stored articles
 * sharing the most distinctive categories and tags, then title and text words, then the newest.
 */

/** A terms record's key: its date first, so an index lookup returns candidates with their dates. */
export type TermsKey = [time: number, slug: string];

export interface TermsRecord {
  time: number;
  slug: string;
  /** "c:<category or tag>" and "w:<word>", each once. */
  keys: string[];
}

/** A term on more stored articles than this says little about any of them, and costs to read. */
export const commonTermLimit = 1000;

const maxWords = 24;

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
  const keys = new Set([label(article.section), ...article.tags.map(label)]);
  const labels = keys.size;
  for (const word of [...words(article.title), ...words(article.excerpt)]) {
    if (keys.size - labels >= maxWords) break;
    keys.add(`w:${word}`);
  }
  const time = Date.parse(article.published);
  return { time: Number.isFinite(time) ? time : 0, slug: article.slug, keys: [...keys] };
}

interface Candidate {
  slug: string;
  time: number;
  labels: number;
  words: number;
}

/**
 * The `count` closest to `own`, given the stored articles under each of its terms (undefined
 * for a term too common to read) and how many articles are stored.
 */
export function rankRelated(
  own: TermsRecord,
  hits: readonly (readonly TermsKey[] | undefined)[],
  total: number,
  count: number,
): string[] {
  const candidates = new Map<string, Candidate>();
  own.keys.forEach((key, index) => {
    const found = hits[index];
    if (!found || found.length === 0) return;
    // The rarer the term, the more sharing it says.
    const weight = Math.log(1 + total / found.length);
    const field = key.startsWith('c:') ? 'labels' : 'words';
    for (const [time, slug] of found) {
      if (slug === own.slug) continue;
      let candidate = candidates.get(slug);
      if (!candidate) candidates.set(slug, (candidate = { slug, time, labels: 0, words: 0 }));
      candidate[field] += weight;
    }
  });
  return [...candidates.values()]
    .sort(
      (a, b) =>
        b.labels - a.labels ||
        b.words - a.words ||
        b.time - a.time ||
        (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    )
    .slice(0, count)
    .map((candidate) => candidate.slug);
}
