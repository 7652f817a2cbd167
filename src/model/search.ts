import { htmlToText } from './text';
import type { ArticleRecordLike, ArticleSummary } from './types';

const plain = /^[\w-]*$/;

/** Case and accents folded away, so "cafe" finds "Café". */
export function fold(text: string): string {
  // Most words of most blogs are plain ASCII letters: indexing calls this for every word.
  if (plain.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What the index holds of an article: its text, never its markup. */
export interface SearchDocument {
  id: string;
  title: string;
  excerpt: string;
  author: string;
  section: string;
  body: string;
  published: string;
}

export const searchFields = ['title', 'excerpt', 'author', 'section', 'body'] as const;

/** An article as the index takes it; an evicted one keeps its summary's words only. */
export function searchDocument(record: ArticleRecordLike, sectionTitle: string): SearchDocument {
  return {
    id: record.slug,
    title: record.title,
    excerpt: record.excerpt,
    author: record.author.name,
    section: sectionTitle,
    body: record.html === undefined ? '' : htmlToText(record.html),
    published: record.published,
  };
}

/** Longer queries are cut here: a pasted page is still plain text, and still quick. */
export const maxQueryLength = 200;
export const maxQueryTerms = 6;

/** A query as plain words: no operators, no patterns, at most six words of 200 characters. */
export function queryWords(query: string): string[] {
  const words = query.slice(0, maxQueryLength).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, maxQueryTerms);
}

/** One stretch of a snippet; `match` stretches are the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const snippetWords = 30;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** All of `text`, the words in `terms` (folded) marked. */
export function markWords(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const word of text.matchAll(wordPattern)) {
    if (!terms.has(fold(word[0]))) continue;
    const index = word.index ?? 0;
    if (index > at) parts.push({ text: text.slice(at, index), match: false });
    parts.push({ text: word[0], match: true });
    at = index + word[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** A few lines of `text` from just before the first word in `terms`, that word marked. */
export function snippet(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  // Only as far as the window needs: a body runs to thousands of words.
  const words: RegExpMatchArray[] = [];
  let first = -1;
  for (const word of text.matchAll(wordPattern)) {
    words.push(word);
    if (first === -1 && terms.has(fold(word[0]))) first = words.length - 1;
    if (words.length >= (first === -1 ? Infinity : first + snippetWords)) break;
  }
  const from = first === -1 ? 0 : Math.max(0, first - 8);
  const start = words[from]?.index ?? 0;
  const last = words[Math.min(words.length, from + snippetWords) - 1];
  const end = last ? (last.index ?? 0) + last[0].length : text.length;
  const parts = markWords(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** A result as the views show it. */
export interface SearchHit {
  article: ArticleSummary;
  /** Its title with the found words marked. */
  title: SnippetPart[];
  snippet: SnippetPart[];
  saved: boolean;
  /** Its text is on this device, not only its summary. */
  stored: boolean;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** Matches in all, of which `hits` are the first. */
  total: number;
  /** Articles the index holds: what a search can find on this device. */
  indexed: number;
}

/** A match as the index gives it: which of its words were found in which fields. */
export interface RankedMatch {
  id: string;
  published: string;
  match: Record<string, string[]>;
}

/** Title matches above body matches, then the newest: the first `count` of them. */
export function rankMatches<T extends RankedMatch>(matches: T[], count = Infinity): T[] {
  const inTitle = (match: RankedMatch) =>
    Object.values(match.match).some((fields) => fields.includes('title'));
  const before = (a: { title: boolean; match: T }, b: { title: boolean; match: T }) =>
    a.title !== b.title ? a.title : a.match.published > b.match.published;
  // A query can match most of what is stored: keep the best few, never sort them all.
  const best: { title: boolean; match: T }[] = [];
  for (const match of matches) {
    const entry = { title: inTitle(match), match };
    if (best.length >= count && !before(entry, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!)) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
  return best.map(({ match }) => match);
}
