import { describe, expect, it } from 'vitest';
import {
  holdersRead,
  rankRelated,
  relatedTerms,
  type TermHolders,
  type TermsRecord,
} from '../../src/model/related';

interface Entry {
  slug: string;
  section?: string;
  tags?: string[];
  title?: string;
  excerpt?: string;
  day?: number;
}

const record = ({ slug, section = 'misc', tags = [], title = '', excerpt = '', day = 1 }: Entry) =>
  relatedTerms({
    slug,
    section,
    tags,
    title,
    excerpt,
    published: `2026-03-${String(day).padStart(2, '0')}T08:00:00Z`,
  });

const terms = (r: TermsRecord) => r.keys.map(([term]) => term);
const order = (r: TermsRecord) => r.keys[0]?.[1] ?? 0;

/** What the terms index answers: under each of the article's terms, the newest `read` and a count. */
function related(own: Entry, others: Entry[], count = 3, read = holdersRead): string[] {
  const records = [own, ...others].map(record);
  const mine = records[0] as TermsRecord;
  const found = terms(mine).map((term): TermHolders => {
    const slugs = records
      .filter((r) => terms(r).includes(term))
      .sort((a, b) => order(a) - order(b) || (a.slug < b.slug ? -1 : 1))
      .map((r) => r.slug);
    return { slugs: slugs.slice(0, read), count: Math.min(slugs.length, read + 1) };
  });
  return rankRelated(mine, found, count);
}

describe('relatedTerms', () => {
  it('keys an article by its section, tags and words, accents and case folded', () => {
    const terms = record({
      slug: 'a',
      section: 'food',
      tags: ['Café Life', 'Coffee'],
      title: 'The Café on the Corner',
      excerpt: 'Where the coffee is strong, and 2026 was good.',
    });
    expect(terms.keys.map(([term]) => term)).toEqual([
      'c:food',
      'c:cafe-life',
      'c:coffee',
      'w:cafe',
      'w:corner',
      'w:coffee',
      'w:strong',
      'w:good',
    ]);
    expect(new Set(terms.keys.map(([, when]) => when))).toEqual(
      new Set([-Date.parse('2026-03-01T08:00:00Z')]),
    );
  });

  it('keeps at most 8 words, the title’s first', () => {
    const excerpt = Array.from({ length: 40 }, (_, index) => `word${index}x`).join(' ');
    const terms = record({ slug: 'a', title: 'Lighthouse keepers', excerpt });
    const words = terms.keys.map(([term]) => term).filter((term) => term.startsWith('w:'));
    expect(words).toHaveLength(8);
    expect(words.slice(0, 2)).toEqual(['w:lighthouse', 'w:keepers']);
  });

  it('keeps the section and the first seven tags', () => {
    const tags = Array.from({ length: 30 }, (_, index) => `tag ${index}`);
    const terms = record({ slug: 'a', section: 'news', tags }).keys.map(([term]) => term);
    expect(terms).toEqual([
      'c:news',
      ...tags.slice(0, 7).map((tag) => `c:${tag.replace(' ', '-')}`),
    ]);
  });

  it('reads a date it cannot parse as the oldest', () => {
    const undated = { slug: 'a', section: 'x', tags: [], title: '', excerpt: '' };
    expect(relatedTerms({ ...undated, published: 'someday' }).keys[0]?.[1]).toBe(0);
  });
});

describe('rankRelated', () => {
  const own: Entry = {
    slug: 'own',
    section: 'sport',
    tags: ['rowing', 'river'],
    title: 'Rowing on the river at dawn',
    day: 10,
  };

  it('puts shared categories and tags first, then shared words, then the newest', () => {
    const others: Entry[] = [
      { slug: 'same-tag', section: 'sport', tags: ['rowing'], day: 2 },
      { slug: 'section-new', section: 'sport', day: 9 },
      { slug: 'section-old', section: 'sport', day: 3 },
      { slug: 'words-only', section: 'travel', title: 'A river walk at dawn', day: 8 },
      { slug: 'nothing', section: 'travel', title: 'Markets', day: 9 },
    ];
    expect(related(own, others, 5)).toEqual([
      'same-tag',
      'section-new',
      'section-old',
      'words-only',
    ]);
    expect(related(own, others)).toEqual(['same-tag', 'section-new', 'section-old']);
  });

  it('ranks a shared word above recency among articles sharing the same labels', () => {
    const others: Entry[] = [
      { slug: 'newer', section: 'sport', day: 9 },
      { slug: 'dawn', section: 'sport', title: 'Out before dawn', day: 1 },
    ];
    expect(related(own, others)).toEqual(['dawn', 'newer']);
  });

  it('weighs a rare tag above a common one', () => {
    const others: Entry[] = [
      { slug: 'river-1', section: 'x', tags: ['river'], day: 9 },
      { slug: 'river-2', section: 'x', tags: ['river'], day: 9 },
      { slug: 'river-3', section: 'x', tags: ['river'], day: 9 },
      { slug: 'rowing', section: 'x', tags: ['rowing'], day: 1 },
    ];
    expect(related({ ...own, section: 'y' }, others, 1)).toEqual(['rowing']);
  });

  it('matches words without their accents', () => {
    const others: Entry[] = [
      { slug: 'cafe', section: 'b', title: 'Cafe mornings', day: 1 },
      { slug: 'other', section: 'c', title: 'Evenings', day: 9 },
    ];
    expect(related({ slug: 'own', section: 'a', title: 'Café society' }, others)).toEqual(['cafe']);
  });

  it('never lists the article itself', () => {
    expect(related(own, [])).toEqual([]);
    expect(related(own, [{ slug: 'other', section: 'sport' }])).toEqual(['other']);
  });

  it('of a term on many articles, credits only the newest read', () => {
    const others: Entry[] = [
      { slug: 'sport-9', section: 'sport', day: 9 },
      { slug: 'sport-8', section: 'sport', day: 8 },
      { slug: 'sport-2', section: 'sport', title: 'Dawn rowing', day: 2 },
      { slug: 'words', section: 'travel', title: 'Dawn', day: 1 },
    ];
    // Of each term the newest two are read: of "sport", the article itself and sport-9; of
    // "dawn", itself and sport-2, which leaves out "words".
    expect(related(own, others, 3, 2)).toEqual(['sport-9', 'sport-2']);
    expect(related(own, others, 3)).toEqual(['sport-2', 'sport-9', 'sport-8']);
  });
});
