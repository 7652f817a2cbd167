// wptexturize, cut to what the demo blog's text has: curly quotes and apostrophes, dashes and
// ellipses, written as the numeric entities WordPress serves ("Port Ashby&#8217;s").

/** What an opening quote follows. */
const OPENER = String.raw`(?<=^|[\s([{\-]|&#8220;|&#8216;)`;

/** @type {[RegExp, string][]} */
const RULES = [
  [/\.\.\./g, '&#8230;'],
  [/'(?=\d\ds\b)/g, '&#8217;'], // the '90s
  [new RegExp(`${OPENER}"`, 'g'), '&#8220;'],
  [/"/g, '&#8221;'],
  [new RegExp(`${OPENER}'`, 'g'), '&#8216;'],
  [/'/g, '&#8217;'],
  [/---|(?<=\s)--(?=\s)/g, '&#8212;'],
  [/--|(?<=\s)-(?=\s)/g, '&#8211;'],
  // A bare & (WordPress writes &#038;; titles saved through kses carry &amp;, as here).
  [/&(?!#(?:\d+|x[a-f0-9]+);|[a-z1-4]{1,8};)/gi, '&amp;'],
];

/** One text node, already HTML. @param {string} text */
const texturize = (text) => RULES.reduce((out, [from, to]) => out.replace(from, to), text);

/** @param {string} text */
export const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Plain text (a title, an excerpt) as WordPress renders it. @param {string} text */
export const renderPlain = (text) => texturize(escapeHtml(text));

const RAW_TEXT = /^<(\/?)(code|kbd|pre|script|style|tt)\b/i;

/** The text between tags, except inside code and the like, as WordPress renders a body. @param {string} html */
export function renderHtml(html) {
  let raw = 0;
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((part, index) => {
      if (index % 2 === 0) return raw > 0 ? part : texturize(part);
      const tag = RAW_TEXT.exec(part);
      if (tag) raw = Math.max(0, raw + (tag[1] ? -1 : 1));
      return part;
    })
    .join('');
}
