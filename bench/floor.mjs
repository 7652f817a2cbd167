// The floor: the same article as a static HTML page (title, byline, date, body) with the
// app's own stylesheet. No script, no store, no framework: the fastest honest rendering of
// the same text, served by the same server and the same service worker as the app.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the floor page is served (and precached) in the bench build. */
export const floorPath = '/bench/floor-article.html';

/**
 * @typedef {object} DemoArticle
 * @property {string} slug
 * @property {string} title
 * @property {string} section
 * @property {string} published
 * @property {{ name: string, url?: string }} author
 * @property {string} [excerpt]
 * @property {{ src: string }} [image]
 * @property {number} [minutes]
 * @property {string} html
 */

/**
 * The demo article of the most usual shape: no lead picture and none in the body (as most
 * demo articles), with the median body length among those.
 * @param {string} contentDir e.g. public/content
 * @returns {DemoArticle}
 */
export function pickArticle(contentDir) {
  const dir = join(contentDir, 'articles');
  /** @type {DemoArticle[]} */
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  const plain = articles
    .filter((article) => !article.image && !/<(img|picture|figure)\b/i.test(article.html))
    .sort((a, b) => a.html.length - b.html.length || a.slug.localeCompare(b.slug));
  const pick = plain[Math.floor((plain.length - 1) / 2)];
  if (!pick) throw new Error(`no article without pictures in ${dir}`);
  return pick;
}

/** @param {string} text */
const escape = (text) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      /** @type {Record<string, string>} */ ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
      })[char] ?? char,
  );

/**
 * The floor page's HTML. The body is the demo's own trusted text, inserted as is.
 * @param {{ article: DemoArticle, siteTitle: string, sectionTitle: string, stylesheets: string[] }} input
 */
export function floorHtml({ article, siteTitle, sectionTitle, stylesheets }) {
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
    new Date(article.published),
  );
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}" />`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/icons/favicon-48.png" sizes="48x48" type="image/png" />
    <title>${escape(article.title)} — ${escape(siteTitle)}</title>
    ${links.join('\n    ')}
  </head>
  <body>
    <header><p><a href="/">${escape(siteTitle)}</a></p></header>
    <main id="main">
      <article>
        <p>${escape(sectionTitle)}</p>
        <h1>${escape(article.title)}</h1>
        ${article.excerpt ? `<p>${escape(article.excerpt)}</p>` : ''}
        <p>By ${escape(article.author.name)} · <time datetime="${escape(article.published)}">${date}</time>${article.minutes ? ` · ${article.minutes} min read` : ''}</p>
        <div>
${article.html}
        </div>
      </article>
    </main>
  </body>
</html>
`;
}
