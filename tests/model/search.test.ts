import { describe, expect, it } from 'vitest';
import {
  fold,
  markWords,
  maxQueryLength,
  queryWords,
  rankMatches,
  searchDocument,
  snippet,
} from '../../src/model/search';

const words = (text: string) => new Set(text.split(' '));

describe('search text', () => {
  it('folds case and accents, so cafe finds Café', () => {
    expect(fold('Café Ärger ÉTÉ naïve')).toBe('cafe arger ete naive');
  });

  it('indexes an article’s text, never its markup, and a summary without a body', () => {
    const record = {
      slug: 's',
      title: 'Rail &amp; ferries',
      section: 'world-news',
      href: 'h',
      published: '2026-11-01T00:00:00Z',
      author: { name: 'Ines Marlow' },
      excerpt: 'Short',
      tags: [],
    };
    const full = searchDocument(
      { ...record, html: '<p>The <b>harbour</b><script>alert(1)</script> opens</p>' },
      'World News',
    );
    expect(full).toMatchObject({ id: 's', author: 'Ines Marlow', section: 'World News' });
    expect(full.body).toBe('The harbour opens');
    expect(searchDocument(record, 'World News').body).toBe('');
  });
});

describe('queries', () => {
  it('are plain words: patterns and markup are only punctuation', () => {
    expect(queryWords('(a+)+$ <b>bold</b> [x]*')).toEqual(['a', 'b', 'bold', 'b', 'x']);
    expect(queryWords('   ')).toEqual([]);
  });

  it('keep at most six words of the first 200 characters', () => {
    expect(queryWords('one two three four five six seven')).toHaveLength(6);
    const long = 'x'.repeat(10_000);
    expect(queryWords(long)).toEqual(['x'.repeat(maxQueryLength)]);
  });
});

describe('snippets', () => {
  it('mark the found words in the text as text parts', () => {
    expect(markWords('The Café opens', words('cafe'))).toEqual([
      { text: 'The ', match: false },
      { text: 'Café', match: true },
      { text: ' opens', match: false },
    ]);
  });

  it('start a few words before the first match and say where text was left out', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = snippet(text, words('w50'));
    expect(parts[0]).toEqual({ text: '… ', match: false });
    expect(parts.find((part) => part.match)).toEqual({ text: 'w50', match: true });
    expect(parts.map((part) => part.text).join('')).toMatch(/^… w42 .* w71 …$/);
  });

  it('keep markup in the text as characters', () => {
    const parts = snippet('a <img src=x onerror=alert(1)> harbour', words('harbour'));
    expect(parts.map((part) => part.text).join('')).toBe('a <img src=x onerror=alert(1)> harbour');
  });
});

describe('ranking', () => {
  it('puts title matches first, then the newest', () => {
    const match = (id: string, published: string, field: string) => ({
      id,
      published,
      match: { rail: [field] },
    });
    const ranked = rankMatches([
      match('old-body', '2026-01-01', 'body'),
      match('new-body', '2026-06-01', 'body'),
      match('old-title', '2025-01-01', 'title'),
      match('new-title', '2026-03-01', 'title'),
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['new-title', 'old-title', 'new-body', 'old-body']);
  });
});

describe('ranking many matches', () => {
  it('keeps the same order as a full sort for the first few', () => {
    const matches = Array.from({ length: 500 }, (_, i) => ({
      id: `m${i}`,
      published: `2026-${String(((i * 7) % 12) + 1).padStart(2, '0')}-${String(((i * 13) % 28) + 1).padStart(2, '0')}`,
      match: { w: [i % 5 === 0 ? 'title' : 'body'] },
    }));
    const all = rankMatches(matches);
    expect(rankMatches(matches, 20)).toEqual(all.slice(0, 20));
    expect(all.slice(0, 100).every((m) => m.match.w?.[0] === 'title')).toBe(true);
  });
});
