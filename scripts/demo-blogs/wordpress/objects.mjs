// The wp/v2 objects an anonymous reader gets (posts, terms, users, attachments), with the
// URLs in them, which depend on the origin and the permalink setting.

import { UPLOADS } from './model.mjs';

/**
 * @typedef {import('../wordpress.d.mts').DemoBlog} DemoBlog
 * @typedef {import('../wordpress.d.mts').DemoPost} DemoPost
 * @typedef {import('../wordpress.d.mts').DemoTerm} DemoTerm
 * @typedef {import('../wordpress.d.mts').DemoUser} DemoUser
 * @typedef {import('../wordpress.d.mts').DemoMedia} DemoMedia
 * @typedef {Required<Omit<import('../wordpress.d.mts').WordPressServerOptions, 'content'>>} Settings
 */

/**
 * @typedef {object} Site
 * @property {string} origin
 * @property {DemoBlog} blog
 * @property {Settings} options
 * @property {Set<string>} locked slugs of the password-protected posts
 * @property {Map<number, DemoPost>} posts
 * @property {Map<number, DemoUser>} users
 * @property {Map<number, DemoMedia>} media
 * @property {Map<number, DemoTerm>} terms
 */

/** @param {DemoBlog} blog @param {string} origin @param {Settings} options @returns {Site} */
export function makeSite(blog, origin, options) {
  /** @template {{ id: number }} T @param {T[]} items */
  const byId = (items) => new Map(items.map((item) => [item.id, item]));
  return {
    origin,
    blog,
    options,
    locked: new Set(options.protectedSlugs),
    posts: byId(blog.posts),
    users: byId(blog.users),
    media: byId(blog.media),
    terms: byId([...blog.categories, ...blog.tags]),
  };
}

/** rest_url(): /wp-json/… with pretty permalinks, else /index.php?rest_route=… @param {Site} site @param {string} route */
export const restUrl = (site, route) =>
  site.options.pretty
    ? `${site.origin}/wp-json${route}`
    : `${site.origin}/index.php?rest_route=${route}`;

/** @param {Site} site @param {string} pretty @param {string} plain */
const permalink = (site, pretty, plain) => `${site.origin}/${site.options.pretty ? pretty : plain}`;

/** @param {Site} site @param {string} collection @param {number} id */
const links = (site, collection, id) => ({
  self: [{ href: restUrl(site, `${collection}/${id}`) }],
  collection: [{ href: restUrl(site, collection) }],
});

/** @param {Site} site @param {string} html */
const absoluteUploads = (site, html) =>
  html.replaceAll(`="${UPLOADS}`, `="${site.origin}${UPLOADS}`);

/** @param {Site} site @param {DemoPost} post */
const postLink = (site, post) =>
  permalink(
    site,
    `${post.date.slice(0, 4)}/${post.date.slice(5, 7)}/${post.slug}/`,
    `?p=${post.id}`,
  );

/** A post; a password-protected one with its content and excerpt empty. @param {Site} site @param {DemoPost} post */
export function postObject(site, post) {
  const locked = site.locked.has(post.slug);
  return {
    id: post.id,
    date: post.date,
    date_gmt: post.date_gmt,
    modified: post.modified,
    modified_gmt: post.modified_gmt,
    slug: post.slug,
    status: 'publish',
    type: 'post',
    link: postLink(site, post),
    title: { rendered: post.title },
    content: { rendered: locked ? '' : absoluteUploads(site, post.content), protected: locked },
    excerpt: { rendered: locked ? '' : post.excerpt, protected: locked },
    author: post.author,
    featured_media: post.featured_media,
    categories: post.categories,
    tags: post.tags,
    ...(site.options.jetpack
      ? {
          'jetpack-related-posts': post.related.flatMap((id, index) =>
            jetpackEntry(site, id, index, post),
          ),
        }
      : {}),
    _links: links(site, '/wp/v2/posts', post.id),
  };
}

/** The date as the site's date format ("F j, Y") shows it. @param {string} date */
const displayDate = (date) =>
  new Date(`${date}Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * One of Jetpack's related posts, as its REST field `jetpack-related-posts` gives it.
 * @param {Site} site @param {number} id @param {number} position @param {DemoPost} from
 */
function jetpackEntry(site, id, position, from) {
  const post = site.posts.get(id);
  if (!post) return [];
  const category = site.terms.get(post.categories[0] ?? 0);
  return [
    {
      id,
      url: postLink(site, post),
      url_meta: { origin: from.id, position },
      title: post.title,
      author: site.users.get(post.author)?.name ?? '',
      date: displayDate(post.date),
      format: false,
      excerpt: post.excerpt.replace(/<[^>]*>/g, '').trim(),
      rel: 'nofollow',
      context: category ? `In "${category.name}"` : 'Similar post',
      img: { alt_text: '', src: '', width: 0, height: 0 },
      classes: [],
    },
  ];
}

/** What `_embed` may add to a post, by link relation. @param {Site} site @param {DemoPost} post */
export function postEmbeds(site, post) {
  const user = site.users.get(post.author);
  const media = site.media.get(post.featured_media);
  const terms = (/** @type {number[]} */ ids) =>
    ids.flatMap((id) => site.terms.get(id) ?? []).map((term) => termObject(site, term));
  return {
    ...(user ? { author: [userObject(site, user)] } : {}),
    ...(media ? { 'wp:featuredmedia': [mediaObject(site, media)] } : {}),
    'wp:term': [terms(post.categories), terms(post.tags)],
  };
}

/** @param {Site} site @param {DemoTerm} term */
export function termObject(site, term) {
  const category = term.taxonomy === 'category';
  return {
    id: term.id,
    count: term.count,
    description: term.description,
    link: category
      ? permalink(site, `category/${term.slug}/`, `?cat=${term.id}`)
      : permalink(site, `tag/${term.slug}/`, `?tag=${term.slug}`),
    name: term.name,
    slug: term.slug,
    taxonomy: term.taxonomy,
    ...(category ? { parent: 0 } : {}),
    _links: links(site, category ? '/wp/v2/categories' : '/wp/v2/tags', term.id),
  };
}

/** @param {Site} site @param {DemoUser} user */
const userObject = (site, user) => ({
  id: user.id,
  name: user.name,
  url: user.url,
  description: '',
  link: permalink(site, `author/${user.slug}/`, `?author=${user.id}`),
  slug: user.slug,
});

/** @param {Site} site @param {DemoMedia} media */
function mediaObject(site, media) {
  const source = `${site.origin}${UPLOADS}${site.blog.folder}/${media.file}`;
  const { width, height, mime_type } = media;
  return {
    id: media.id,
    date: media.date,
    slug: media.slug,
    type: 'attachment',
    title: { rendered: media.slug },
    alt_text: media.alt_text,
    media_type: 'image',
    mime_type,
    media_details: {
      width,
      height,
      file: `${site.blog.folder}/${media.file}`,
      filesize: media.filesize,
      // One size, the file itself: the demo blog's images are SVG.
      sizes: { full: { file: media.file, width, height, mime_type, source_url: source } },
    },
    source_url: source,
  };
}
