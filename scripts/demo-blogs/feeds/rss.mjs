// The demo blog as RSS 2.0 (https://www.rssboard.org/rss-specification), every item in one
// document, with the content and Dublin Core modules for the body and the author.

/** @typedef {import('./feed.mjs').Feed} Feed */

/** @param {string} text */
const escapeXml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A CDATA section, split where the text holds its end marker. @param {string} text */
export const cdata = (text) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** RFC 822, as RSS dates are: "Tue, 29 Sep 2026 14:10:00 GMT". @param {string} iso */
const rfc822 = (iso) => new Date(iso).toUTCString();

/** @param {Feed['items'][number]} item */
const itemXml = (item) =>
  [
    '<item>',
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(item.url)}</link>`,
    `<guid isPermaLink="false">${escapeXml(item.url)}</guid>`,
    `<pubDate>${rfc822(item.published)}</pubDate>`,
    `<dc:creator>${escapeXml(item.author.name)}</dc:creator>`,
    ...item.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
    // A description is HTML: the plain excerpt escaped for HTML, then for XML.
    `<description>${escapeXml(escapeXml(item.summary))}</description>`,
    `<content:encoded>${cdata(item.html)}</content:encoded>`,
    ...(item.image
      ? [
          `<enclosure url="${escapeXml(item.image.url)}" length="${item.image.length}" type="${item.image.type}"/>`,
        ]
      : []),
    '</item>',
  ].join('\n');

/** @param {Feed} feed @param {string} feedUrl */
export function rssDocument(feed, feedUrl) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(feed.title)}</title>
<link>${escapeXml(feed.home)}</link>
<description>${escapeXml(feed.description)}</description>
<language>${escapeXml(feed.language)}</language>
<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>
<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>
${feed.items.map(itemXml).join('\n')}
</channel>
</rss>
`;
}
