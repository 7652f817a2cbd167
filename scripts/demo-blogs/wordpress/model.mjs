// The demo blog as a WordPress site holds it: posts, categories, tags, users, attachments.

import { basename } from 'node:path';
import { readContent } from '../content.mjs';
import { escapeHtml, renderHtml, renderPlain } from './texturize.mjs';

/**
 * @typedef {import('../wordpress.d.mts').DemoBlog} DemoBlog
 * @typedef {import('../wordpress.d.mts').DemoTerm} DemoTerm
 * @typedef {import('../content.mjs').DemoArticle} DemoArticle
 */

export const UPLOADS = '/wp-content/uploads/';
/** Posts count from here, oldest first; attachments follow them (one id sequence). */
const FIRST_POST_ID = 100;

/** WordPress's date format, UTC, no zone suffix: "2026-10-21T12:00:00". @param {string} iso */
const wpDate = (iso) => new Date(iso).toISOString().slice(0, 19);

/** sanitize_title: "Jane Doe" → "jane-doe". @param {string} text */
const sanitizeTitle = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** @param {string} a @param {string} b */
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads the demo blog from a content API folder into the objects of a WordPress site.
 * @param {string} contentDir
 * @returns {Promise<DemoBlog>}
 */
export async function loadDemoBlog(contentDir) {
  const content = await readContent(contentDir);
  const { articles } = content;
  // Every image went up when the blog was last updated, into that month's uploads folder.
  const folder = wpDate(content.updated).slice(0, 7).replace('-', '/');
  const inUploads = (/** @type {string} */ path) => `${folder}/${basename(path)}`;

  /** @type {DemoTerm[]} */
  const categories = content.sections.map((section, index) => ({
    id: index + 1,
    taxonomy: 'category',
    slug: section.slug,
    name: escapeHtml(section.title),
    description: escapeHtml(section.description),
    count: articles.filter((article) => article.section === section.slug).length,
  }));
  const tagNames = [...new Set(articles.flatMap((article) => article.tags))].sort(byText);
  /** @type {DemoTerm[]} */
  const tags = tagNames.map((name, index) => ({
    id: categories.length + index + 1,
    taxonomy: 'post_tag',
    slug: sanitizeTitle(name),
    name: escapeHtml(name),
    description: '',
    count: articles.filter((article) => article.tags.includes(name)).length,
  }));

  // One user per author name, with the first website an article gives.
  /** @type {Map<string, string>} */
  const sites = new Map();
  for (const { author } of articles) {
    sites.set(author.name, sites.get(author.name) || (author.url ?? ''));
  }
  const users = [...sites.keys()].sort(byText).map((name, index) => ({
    id: index + 1,
    name: escapeHtml(name),
    slug: sanitizeTitle(name),
    url: sites.get(name) ?? '',
  }));

  // One attachment per picture, its parent the first post to show it.
  /** @type {Map<string, DemoBlog['media'][number]>} */
  const media = new Map();
  articles.forEach(({ image }, index) => {
    if (!image || media.has(image.path)) return;
    const file = basename(image.path);
    const upload = content.images.get(image.path);
    media.set(image.path, {
      id: FIRST_POST_ID + articles.length + media.size,
      slug: file.replace(/\.[^.]+$/, ''),
      date: wpDate(content.updated),
      alt_text: image.alt,
      post: FIRST_POST_ID + index,
      mime_type: upload?.type ?? 'application/octet-stream',
      file,
      width: image.width,
      height: image.height,
      filesize: upload?.body.length ?? 0,
    });
  });

  const ids = new Map(articles.map((article, index) => [article.slug, FIRST_POST_ID + index]));

  /** @param {DemoArticle} article @param {number} index */
  const post = (article, index) => ({
    id: FIRST_POST_ID + index,
    date: wpDate(article.published),
    date_gmt: wpDate(article.published),
    modified: wpDate(article.updated),
    modified_gmt: wpDate(article.updated),
    slug: article.slug,
    title: renderPlain(article.title),
    // Root-relative upload URLs; the server makes them absolute.
    content: withNewline(
      renderHtml(
        article.html.replace(/(?<=\ssrc=")\/([^"]*)/g, (src, path) =>
          content.images.has(path) ? `${UPLOADS}${inUploads(path)}` : src,
        ),
      ),
    ),
    excerpt: `<p>${renderPlain(article.excerpt)}</p>\n`,
    author: users.find((user) => user.name === escapeHtml(article.author.name))?.id ?? 0,
    featured_media: (article.image && media.get(article.image.path)?.id) ?? 0,
    categories: categories.filter((term) => term.slug === article.section).map((term) => term.id),
    tags: tags
      .filter((term) => article.tags.map(sanitizeTitle).includes(term.slug))
      .map((term) => term.id),
    related: article.related.flatMap((slug) => ids.get(slug) ?? []),
  });

  return {
    name: escapeHtml(content.title),
    description: escapeHtml(content.description),
    language: content.language,
    folder,
    uploads: new Map([...content.images].map(([path, file]) => [inUploads(path), file])),
    categories,
    tags,
    users,
    media: [...media.values()],
    posts: articles.map(post),
  };
}

/** @param {string} html */
const withNewline = (html) => (html.endsWith('\n') ? html : `${html}\n`);
