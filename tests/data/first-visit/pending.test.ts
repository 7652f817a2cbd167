import { describe, expect, it } from 'vitest';
import { PendingRecords } from '../../../src/data/first-visit/pending';

describe('PendingRecords', () => {
  it('holds records by key, a later one replacing an earlier one, compound keys too', () => {
    const pending = new PendingRecords();
    expect(pending.empty).toBe(true);
    pending.put('a.json', 'articles', [{ slug: 'x', title: 'first' }]);
    pending.put('b.json', 'articles', [{ slug: 'x', title: 'second' }, { slug: 'y' }]);
    pending.put('p.json', 'pages', [{ section: 'news', page: 1 }]);
    expect(pending.get('articles', 'x')).toEqual({ slug: 'x', title: 'second' });
    expect(pending.all('articles')).toHaveLength(2);
    expect(pending.get('pages', ['news', 1])).toEqual({ section: 'news', page: 1 });
    expect(pending.get('pages', ['news', 2])).toBeUndefined();
    expect(pending.get('saved', 'x')).toBeUndefined();
    expect(pending.empty).toBe(false);
  });

  it('lets go of a document’s records once it is stored, not of a later document’s', () => {
    const pending = new PendingRecords();
    pending.put('site.json', 'site', [{ key: 'site' }]);
    pending.put('news.json', 'articles', [{ slug: 'x' }, { slug: 'y' }]);
    // Put again since, from a document not stored yet: it stays.
    pending.put('again.json', 'articles', [{ slug: 'y', title: 'again' }]);
    expect(pending.release('other.json')).toEqual([]);
    expect(pending.release('news.json')).toEqual(['articles']);
    expect(pending.get('articles', 'x')).toBeUndefined();
    expect(pending.get('articles', 'y')).toEqual({ slug: 'y', title: 'again' });
    expect(pending.get('site', 'site')).toEqual({ key: 'site' });
    expect(pending.release('site.json')).toEqual(['site']);
    expect(pending.release('again.json')).toEqual(['articles']);
    expect(pending.empty).toBe(true);
  });
});
