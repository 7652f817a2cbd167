// The demo blog (public/content/) as a static host serves a blog's feed: a JSON Feed at
// /feed.json or RSS 2.0 at /feed.xml, its images, and a home page naming the feed. Like many
// static hosts, it lets every origin read all of it.

import { defaultContent, readContent } from './content.mjs';
import { feedOf } from './feeds/feed.mjs';
import { jsonFeedPage } from './feeds/json-feed.mjs';
import { rssDocument } from './feeds/rss.mjs';
import { demoServer } from './http.mjs';

/** @typedef {import('./http.d.mts').Reply} Reply */

const FORMATS = {
  'json-feed': { path: '/feed.json', type: 'application/feed+json' },
  rss: { path: '/feed.xml', type: 'application/rss+xml; charset=UTF-8' },
};

const CORS = { 'Access-Control-Allow-Origin': '*' };
const HTML = 'text/html; charset=utf-8';

/** @param {number} status @param {string} type @param {string | Buffer} body @returns {Reply} */
const reply = (status, type, body) => ({
  status,
  headers: { 'Content-Type': type, ...CORS },
  body,
});

/** @param {string} text */
const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** A home page that names its feed, as a reader finds it. @param {import('./feeds/feed.mjs').Feed} feed @param {string} path @param {string} type */
const homePage = (feed, path, type) => `<!doctype html>
<html lang="${feed.language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(feed.title)}</title>
<link rel="alternate" type="${type.split(';')[0]}" href="${path}">
</head>
<body><h1>${escapeHtml(feed.title)}</h1><p><a href="${path}">Subscribe</a></p></body>
</html>
`;

/** @param {string} text */
function decodePath(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** @param {import('./feeds.d.mts').FeedServerOptions} [options] */
export function createFeedServer(options = {}) {
  const { content = defaultContent, format = 'json-feed', delayMs = 0 } = options;
  const { path, type } = FORMATS[format];
  return demoServer(async (origin) => {
    const blog = await readContent(content);
    const feed = feedOf(blog, origin);
    const feedUrl = `${origin}${path}`;
    const rss = format === 'rss' ? rssDocument(feed, feedUrl) : '';
    return ({ method, url }) => {
      if (method === 'OPTIONS') return { status: 204, headers: CORS, body: '' };
      if (url.pathname === '/') return reply(200, HTML, homePage(feed, path, type));
      if (url.pathname === path && format === 'rss') return reply(200, type, rss);
      if (url.pathname === path) {
        const page = jsonFeedPage(feed, feedUrl, Number(url.searchParams.get('page') ?? '1'));
        if (page) return reply(200, type, JSON.stringify(page));
      }
      const image = blog.images.get(decodePath(url.pathname.slice(1)));
      if (image) return reply(200, image.type, image.body);
      return reply(404, HTML, '<h1>Not found</h1>');
    };
  }, delayMs);
}
