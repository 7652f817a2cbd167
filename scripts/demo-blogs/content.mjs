// The demo blog read from its content API documents (public/content/), in the plain form
// every demo server starts from: the site, its sections, its articles and their images.

import { readFile } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentTypes } from '../content-types.mjs';

/**
 * @typedef {object} DemoArticle
 * @property {string} slug
 * @property {string} title plain text
 * @property {string} section the slug of its section
 * @property {string} published ISO 8601, UTC
 * @property {string} updated ISO 8601, UTC; the published date when never updated
 * @property {{ name: string, url?: string }} author
 * @property {string} excerpt plain text
 * @property {string[]} tags
 * @property {string[]} related the slugs of its related articles, as the blog gives them
 * @property {string} html its local images at root-relative paths, "/images/world-bridge.svg"
 * @property {{ path: string, alt: string, width: number, height: number }} [image] its
 *   picture; path relative to the content folder, "images/world-bridge.svg"
 */

/**
 * @typedef {object} DemoContent
 * @property {string} title
 * @property {string} description
 * @property {string} language
 * @property {string} updated ISO 8601
 * @property {{ slug: string, title: string, description: string }[]} sections
 * @property {DemoArticle[]} articles oldest first
 * @property {Map<string, { type: string, body: Buffer }>} images by path relative to the content folder
 */

export const defaultContent = fileURLToPath(new URL('../../public/content/', import.meta.url));

/** @param {URL} url @returns {Promise<Record<string, any>>} */
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));

const IMG_SRC = /<img\b[^>]*\ssrc="([^"]*)"/gi;

/** @param {string} iso */
const utc = (iso) => new Date(iso).toISOString().replace('.000Z', 'Z');

/**
 * The article documents of a section, following its pages from the first.
 * @param {Record<string, any>} site @param {URL} siteUrl @param {string} href
 */
async function sectionArticles(site, siteUrl, href) {
  /** @type {{ doc: Record<string, any>, url: URL }[]} */
  const found = [];
  const seen = new Set();
  let url = new URL(href, siteUrl);
  while (!seen.has(url.href)) {
    seen.add(url.href);
    const page = await readJson(url);
    for (const summary of page.articles) {
      const articleUrl = summary.href
        ? new URL(summary.href, url)
        : new URL(site.article.replace('{slug}', encodeURIComponent(summary.slug)), siteUrl);
      found.push({ doc: await readJson(articleUrl), url: articleUrl });
    }
    if (!page.next) break;
    url = new URL(page.next, url);
  }
  return found;
}

/**
 * Reads the demo blog from a content API folder (site.json, its sections' pages, their
 * articles and the images those show).
 * @param {string} [contentDir]
 * @returns {Promise<DemoContent>}
 */
export async function readContent(contentDir = defaultContent) {
  const root = resolve(contentDir);
  const siteUrl = pathToFileURL(`${root}${sep}site.json`);
  const site = await readJson(siteUrl);
  /** @type {DemoContent['images']} */
  const images = new Map();
  /** A local image's path inside the content folder, read once; undefined for others. */
  const local = async (/** @type {string} */ src, /** @type {URL} */ base) => {
    const url = new URL(src, base);
    if (url.protocol !== 'file:') return undefined;
    const path = relative(root, fileURLToPath(url)).split(sep).join('/');
    if (path.startsWith('../')) return undefined;
    if (!images.has(path)) {
      const type = contentTypes[extname(path)] ?? 'application/octet-stream';
      images.set(path, { type, body: await readFile(url) });
    }
    return path;
  };

  /** @type {DemoArticle[]} */
  const articles = [];
  for (const section of site.sections) {
    for (const { doc, url } of await sectionArticles(site, siteUrl, section.href)) {
      /** @type {Map<string, string | undefined>} */
      const paths = new Map();
      for (const [, src = ''] of doc.html.matchAll(IMG_SRC)) paths.set(src, await local(src, url));
      const html = doc.html.replace(IMG_SRC, (/** @type {string[]} */ ...match) => {
        const path = paths.get(match[1] ?? '');
        return path ? match[0]?.replace(/"[^"]*"$/, `"/${path}"`) : match[0];
      });
      const path = doc.image && (await local(doc.image.src, url));
      const { width = 0, height = 0, alt = '' } = doc.image ?? {};
      articles.push({
        slug: doc.slug,
        title: doc.title,
        section: section.slug,
        published: utc(doc.published),
        updated: utc(doc.updated ?? doc.published),
        author: doc.author,
        excerpt: doc.excerpt ?? '',
        tags: doc.tags ?? [],
        related: (doc.related ?? []).map((/** @type {{ slug: string }} */ entry) => entry.slug),
        html,
        ...(path ? { image: { path, alt, width, height } } : {}),
      });
    }
  }
  articles.sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
  return {
    title: site.title,
    description: site.description ?? '',
    language: site.language ?? 'en',
    updated: utc(site.updated ?? articles.at(-1)?.published ?? new Date().toISOString()),
    sections: site.sections.map((/** @type {Record<string, string>} */ section) => ({
      slug: section.slug,
      title: section.title,
      description: section.description ?? '',
    })),
    articles,
    images,
  };
}
