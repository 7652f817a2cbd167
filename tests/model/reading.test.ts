import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/model/reading';

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');

describe('countWords', () => {
  it.each<[string, number]>([
    ['', 0],
    ['<p>Hello world</p>', 2],
    ['<p>one</p><p>two</p>', 2],
    ['<h2>Title</h2>\n<ul><li>first item</li><li>second</li></ul>', 4],
    ['<p>Tom &amp; Jerry&nbsp;met</p>', 3],
    ['<p>Before</p><script>var a = "not words at all";</script><p>after</p>', 2],
    ['<style>p { color: red; }</style><p>styled text</p>', 2],
    ['<p>It — really — is 42</p>', 4],
    ['<p>Привет мир, 東京</p>', 3],
    ['<img src="a.jpg" alt="alt text is not body text"><p>caption</p>', 1],
    ['<a href="https://x.example/a b c">link</a>', 1],
  ])('counts %j as %i words', (html, expected) => {
    expect(countWords(html)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it.each<[number, number]>([
    [0, 1],
    [10, 1],
    [220, 1],
    [329, 1],
    [331, 2],
    [440, 2],
    [1100, 5],
    [2200, 10],
  ])('gives %i words %i minute(s) at 220 words a minute, at least 1', (count, minutes) => {
    expect(readingMinutes(`<p>${words(count)}</p>`)).toBe(minutes);
  });
});
