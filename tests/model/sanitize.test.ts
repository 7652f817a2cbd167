// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/model/sanitize';

const documentUrl = 'https://blog.example/content/articles/harbour-strike.json';

/** The sanitized body as a DOM fragment to query. */
function clean(html: string, url = documentUrl): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = String(sanitizeArticleHtml(html, url));
  return root;
}

describe('sanitizeArticleHtml: what is removed', () => {
  it('drops script elements and their content', () => {
    const out = sanitizeArticleHtml('<p>Text</p><script>alert(1)</script>', documentUrl);
    expect(out).toBe('<p>Text</p>');
  });

  it('drops event handler attributes', () => {
    const root = clean(
      '<p onclick="alert(1)">a</p><img src="a.jpg" alt="" onerror="alert(2)"><a href="x" onmouseover="alert(3)">x</a>',
    );
    expect(root.innerHTML).not.toMatch(/on(click|error|mouseover)/);
    expect(root.querySelector('p')?.textContent).toBe('a');
    expect(root.querySelector('img')).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('drops the link target %j but keeps the link text', (href) => {
    const root = clean(`<p><a href="${href}">click</a></p>`);
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('click');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(root.innerHTML.toLowerCase()).not.toContain('script:');
  });

  it('drops a javascript: or data: image source', () => {
    const root = clean(
      '<img src="javascript:alert(1)" alt="a"><img src="data:image/svg+xml,x" alt="b">',
    );
    for (const img of root.querySelectorAll('img')) expect(img.hasAttribute('src')).toBe(false);
  });

  it.each([
    ['<style>', '<style>p { display: none }</style><p>kept</p>', 'style'],
    [
      '<form> and <input>',
      '<form action="https://evil.example"><input name="pw"></form><p>kept</p>',
      'form, input',
    ],
    ['<button>', '<button>Press</button><p>kept</p>', 'button'],
    ['<iframe>', '<iframe src="https://evil.example"></iframe><p>kept</p>', 'iframe'],
    ['<svg>', '<svg><circle r="5"></circle></svg><p>kept</p>', 'svg, circle'],
    ['<math>', '<math><mi>x</mi></math><p>kept</p>', 'math, mi'],
    [
      '<object> and <embed>',
      '<object data="x.swf"></object><embed src="x.swf"><p>kept</p>',
      'object, embed',
    ],
    ['<base>', '<base href="https://evil.example/"><p>kept</p>', 'base'],
    [
      '<meta>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>kept</p>',
      'meta',
    ],
    ['<link>', '<link rel="stylesheet" href="https://evil.example/x.css"><p>kept</p>', 'link'],
  ])('drops %s', (_name, html, selector) => {
    const root = clean(html);
    expect(root.querySelector(selector)).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('kept');
  });

  it('drops style, class, srcset and data attributes', () => {
    const root = clean(
      '<p style="position:fixed" class="ad" data-track="1">a</p><img src="a.jpg" alt="" srcset="https://evil.example/b.jpg 2x">',
    );
    const p = root.querySelector('p');
    expect(p?.getAttributeNames()).toEqual([]);
    expect(root.querySelector('img')?.hasAttribute('srcset')).toBe(false);
  });
});

describe('sanitizeArticleHtml: what is kept', () => {
  it('keeps plain document markup', () => {
    const html = [
      '<h2>Heading</h2>',
      '<p>Some <em>emphasis</em> and <strong>strength</strong>, <code>code</code>.</p>',
      '<blockquote><p>A quote.</p></blockquote>',
      '<ul><li>one</li><li>two</li></ul>',
      '<ol><li>first</li></ol>',
      '<pre><code>let x = 1;</code></pre>',
      '<table><caption>Results</caption><thead><tr><th>Team</th></tr></thead><tbody><tr><td>Rovers</td></tr></tbody></table>',
      '<figure><img src="https://cdn.example/a.jpg" alt="A crane" width="1200" height="675"><figcaption>Cranes</figcaption></figure>',
    ];
    const root = clean(html.join(''));
    for (const selector of [
      'h2',
      'p em',
      'p strong',
      'p code',
      'blockquote p',
      'ul li',
      'ol li',
      'pre code',
      'table caption',
      'table thead th',
      'table tbody td',
      'figure img',
      'figure figcaption',
    ]) {
      expect(root.querySelector(selector), selector).not.toBeNull();
    }
    expect(root.querySelector('table caption')?.textContent).toBe('Results');
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
  });

  it('keeps in-page anchors as they are', () => {
    const root = clean('<p><a href="#notes">notes</a></p>');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#notes');
    expect(root.querySelector('a')?.hasAttribute('target')).toBe(false);
  });
});

describe('sanitizeArticleHtml: URLs, links and images', () => {
  it('resolves a relative image src and link against the document URL', () => {
    const root = clean(
      '<img src="../images/cranes.webp" alt="Cranes"><a href="other-story.json">more</a>',
    );
    expect(root.querySelector('img')?.getAttribute('src')).toBe(
      'https://blog.example/content/images/cranes.webp',
    );
    expect(root.querySelector('a')?.getAttribute('href')).toBe(
      'https://blog.example/content/articles/other-story.json',
    );
  });

  it('resolves against the document URL given, not the last one used', () => {
    const html = '<img src="pic.png" alt="">';
    const first = clean(html, 'https://one.example/a/doc.json');
    const second = clean(html, 'https://two.example/b/doc.json');
    expect(first.querySelector('img')?.getAttribute('src')).toBe('https://one.example/a/pic.png');
    expect(second.querySelector('img')?.getAttribute('src')).toBe('https://two.example/b/pic.png');
  });

  it('opens external links in a new tab without an opener or referrer', () => {
    const root = clean(
      '<a href="https://news.example/story" target="_self" rel="opener">story</a>',
    );
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://news.example/story');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps links to the app itself in the same tab', () => {
    const root = clean(`<a href="${location.origin}/article/other" target="_blank">other</a>`);
    expect(root.querySelector('a')?.hasAttribute('target')).toBe(false);
  });

  it('keeps mailto: links', () => {
    const root = clean('<a href="mailto:editor@blog.example">write</a>');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('mailto:editor@blog.example');
  });

  it('loads images lazily and keeps their width and height', () => {
    const img = clean('<img src="a.jpg" alt="A" width="1200" height="675">').querySelector('img');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.getAttribute('height')).toBe('675');
    expect(img?.getAttribute('alt')).toBe('A');
  });

  it('gives an image without alt an empty one', () => {
    expect(clean('<img src="a.jpg">').querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('returns the same result for the same input', () => {
    const html = '<p><a href="a.json" onclick="x()">a</a></p>';
    expect(sanitizeArticleHtml(html, documentUrl)).toBe(sanitizeArticleHtml(html, documentUrl));
  });
});
