import { describe, expect, it } from 'vitest';
import { clip, htmlToText, openingWords } from '../../src/model/text';

describe('htmlToText', () => {
  it('drops the markup and decodes entities, named and numeric', () => {
    expect(htmlToText('<p>Tea &amp; <em>toast</em> &#8220;daily&#8221; &hellip;</p>')).toBe(
      'Tea & toast “daily” …',
    );
  });

  it('keeps words apart across blocks and line breaks, and collapses white space', () => {
    expect(htmlToText('<p>One</p><p>two</p>three<br>four\n\n  five')).toBe(
      'One two three four five',
    );
  });

  it('leaves out what a reader never sees: scripts, styles, comments', () => {
    expect(
      htmlToText(
        'a<script>alert("<p>")</script>b<style>p{}</style>c<!-- hidden -->d<SCRIPT>x</SCRIPT>e',
      ),
    ).toBe('abcde');
  });

  it('keeps a lone "<" as text, and stops at a tag that never closes', () => {
    expect(htmlToText('1 < 2 and 3 <b>bold')).toBe('1 < 2 and 3 bold');
    expect(htmlToText('fine <a href="x')).toBe('fine');
  });

  it('decodes an entity into markup as text, never as a tag', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('takes time linear in the input, even for unclosed comments and scripts', () => {
    const hostile = '<!--'.repeat(50_000) + '<script>'.repeat(50_000);
    expect(htmlToText(hostile)).toBe('');
  });
});

describe('clip and openingWords', () => {
  it('leaves short text alone and cuts long text at a word, with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(clip('abcdefghijklmnop', 8)).toBe('abcdefg…');
  });

  it('heads a note with at most 80 characters of its opening words', () => {
    const words = 'word '.repeat(40).trim();
    const heading = openingWords(words);
    expect(heading.length).toBeLessThanOrEqual(80);
    expect(heading.endsWith('word…')).toBe(true);
  });
});
