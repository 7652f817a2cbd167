// The blogs the bench reads in other formats, on 127.0.0.1: an RSS 2.0 feed of 1,000 items
// and a WordPress site with a category of 100 posts, both made from the generated blog.
import { join } from 'node:path';
import { demoServer } from '../scripts/demo-blogs/http.mjs';
import { feedOf } from '../scripts/demo-blogs/feeds/feed.mjs';
import { rssDocument } from '../scripts/demo-blogs/feeds/rss.mjs';
import { createWordPressServer } from '../scripts/demo-blogs/wordpress.mjs';
import { generateBlog, makeArticle, sectionList } from './generate-blog.mjs';

export const feedItems = 1000;
export const wordpressPosts = 100;

/**
 * A body cut to whole top-level elements under `limit` characters, so that 1,000 whole items
 * fit one feed document under the app's 4 MB limit for a document.
 * @param {string} html @param {number} limit
 */
function cut(html, limit) {
  const parts = html.split(/(?<=<\/(?:p|h2|blockquote|ul|ol)>)/);
  let out = '';
  for (const part of parts) {
    if (out.length + part.length > limit && out) break;
    out += part;
  }
  return out;
}

/** The generated blog's first `count` articles as the demo servers read a blog. @param {number} count */
function content(count) {
  const options = { articles: count };
  const articles = Array.from({ length: count }, (_, index) => {
    const doc = makeArticle(index, options);
    return {
      slug: doc.slug,
      title: doc.title,
      section: doc.section,
      published: doc.published,
      updated: doc.updated ?? doc.published,
      author: doc.author,
      excerpt: doc.excerpt,
      tags: doc.tags,
      related: doc.related.map((entry) => entry.slug),
      html: cut(doc.html, 2500),
    };
  }).sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
  return {
    title: 'Bench Feed',
    description: 'A generated blog as an RSS feed',
    language: 'en',
    updated: articles.at(-1)?.published ?? '2026-01-01T00:00:00Z',
    sections: sectionList().map(({ slug, title }) => ({ slug, title, description: '' })),
    articles,
    images: new Map(),
  };
}

/** @param {string} work a directory for the WordPress site's generated content */
export async function startBenchBlogs(work) {
  const rss = demoServer(async (origin) => {
    const body = rssDocument(feedOf(content(feedItems), origin), `${origin}/feed.xml`);
    const cors = { 'Access-Control-Allow-Origin': '*' };
    /** @type {(asked: import('../scripts/demo-blogs/http.d.mts').Asked) => import('../scripts/demo-blogs/http.d.mts').Reply} */
    const answer = ({ url }) =>
      url.pathname === '/feed.xml'
        ? {
            status: 200,
            headers: { 'Content-Type': 'application/rss+xml; charset=UTF-8', ...cors },
            body,
          }
        : { status: 404, headers: cors, body: '' };
    return answer;
  });
  const dir = join(work, 'wordpress-content');
  await generateBlog({ dir, articles: wordpressPosts, sections: 1 });
  const wordpress = createWordPressServer({ content: dir });
  const [feedOrigin, wordpressOrigin] = await Promise.all([rss.start(0), wordpress.start(0)]);
  return {
    feed: { kind: 'rss', url: `${feedOrigin}/feed.xml`, section: 'latest', server: rss },
    wordpress: {
      kind: 'wordpress',
      // Its REST root: the home page is HTML without CORS, which the bench page (COEP) refuses.
      url: `${wordpressOrigin}/wp-json/`,
      section: sectionList(1)[0]?.slug ?? '',
      server: wordpress,
    },
    close: () => Promise.all([rss.stop(), wordpress.stop()]),
  };
}
