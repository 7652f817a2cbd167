// The demo blog as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), paged by next_url.

/** @typedef {import('./feed.mjs').Feed} Feed */

export const ITEMS_PER_PAGE = 20;

/**
 * One page of the feed (from 1), or undefined past the last.
 * @param {Feed} feed @param {string} feedUrl @param {number} page
 */
export function jsonFeedPage(feed, feedUrl, page) {
  const pages = Math.max(1, Math.ceil(feed.items.length / ITEMS_PER_PAGE));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const items = feed.items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feedUrl,
    description: feed.description,
    language: feed.language,
    ...(page < pages ? { next_url: `${feedUrl}?page=${page + 1}` } : {}),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: item.html,
      summary: item.summary,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published,
      date_modified: item.modified,
      authors: [item.author],
      tags: item.tags,
    })),
  };
}
