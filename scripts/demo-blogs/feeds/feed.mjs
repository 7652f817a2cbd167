// The demo blog as a feed holds it, whatever the format: items newest first, every URL
// absolute on the server's origin.

/**
 * @typedef {object} FeedItem
 * @property {string} url the article's page on the demo site; also its id
 * @property {string} title plain text
 * @property {string} html
 * @property {string} summary plain text
 * @property {string} published ISO 8601, UTC
 * @property {string} modified
 * @property {{ name: string, url?: string }} author
 * @property {string[]} tags
 * @property {{ url: string, type: string, length: number }} [image]
 */

/**
 * @typedef {object} Feed
 * @property {string} title
 * @property {string} description
 * @property {string} language
 * @property {string} home the site's home page
 * @property {string} updated ISO 8601
 * @property {FeedItem[]} items
 */

/**
 * @param {import('../content.mjs').DemoContent} content @param {string} origin
 * @returns {Feed}
 */
export function feedOf(content, origin) {
  // Root-relative links and images (the demo blog's own images) made absolute.
  const absolute = (/** @type {string} */ html) =>
    html.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`);
  const items = content.articles.toReversed().map((article) => {
    const image = article.image && content.images.get(article.image.path);
    return {
      url: `${origin}/articles/${article.slug}/`,
      title: article.title,
      html: absolute(article.html),
      summary: article.excerpt,
      published: article.published,
      modified: article.updated,
      author: article.author,
      tags: article.tags,
      ...(article.image && image
        ? {
            image: {
              url: `${origin}/${article.image.path}`,
              type: image.type,
              length: image.body.length,
            },
          }
        : {}),
    };
  });
  return {
    title: content.title,
    description: content.description,
    language: content.language,
    home: `${origin}/`,
    updated: content.updated,
    items,
  };
}
