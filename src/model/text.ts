import { decodeHTML } from 'entities/decode';

/** Where a tag ends a line of text: the words on either side are not one word. */
const breaking = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Their contents are not text a reader sees. */
const hidden = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'svg', 'math']);

const tagName = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * The text of an HTML fragment, entities decoded and white space collapsed, for showing as
 * text (a title, an excerpt) and never as markup. One pass without the DOM, so it runs in a
 * worker, in time linear in the input.
 */
export function htmlToText(html: string): string {
  let text = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, open);
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = tagName.exec(html.slice(open, open + 40))?.[1]?.toLowerCase();
    if (name === undefined) {
      // Not a tag: a lone "<" is text.
      text += '<';
      at = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close === -1) break;
    at = close + 1;
    if (breaking.has(name)) text += ' ';
    if (hidden.has(name) && html[open + 1] !== '/') {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = at;
      at = end.exec(html)?.index ?? html.length;
    }
  }
  return collapse(decodeHTML(text));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortened at a word, with an ellipsis, when longer than `max` characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A heading for a post without a title (a short note): its opening words. */
export function openingWords(text: string, max = 80): string {
  return clip(text, max);
}
