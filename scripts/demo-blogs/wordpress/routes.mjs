// The REST routes the app reads (the index, categories, posts, a post), their paging and
// their errors, as WordPress 6 answers them.

import { postEmbeds, postObject, termObject } from './objects.mjs';

/**
 * @typedef {import('./objects.mjs').Site} Site
 * @typedef {import('../http.d.mts').Reply} Reply
 * @typedef {import('../wordpress.d.mts').DemoPost} DemoPost
 * @typedef {import('../wordpress.d.mts').DemoTerm} DemoTerm
 * @typedef {(site: Site, query: URLSearchParams, id: number) => Reply} Get
 */

const NO_ROUTE = 'No route was found matching the URL and request method.';
const INVALID_PAGE = 'The page number requested is larger than the number of pages available.';

/** JSON as PHP's json_encode writes it for WordPress: slashes and non-ASCII escaped. @param {unknown} value */
const phpJson = (value) =>
  JSON.stringify(value).replace(/[/\u007f-\uffff]/g, (char) =>
    char === '/' ? '\\/' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** @param {number} status @param {unknown} value @param {Record<string, string>} [headers] @returns {Reply} */
const jsonReply = (status, value, headers = {}) => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
  body: phpJson(value),
});

/** A WP_Error as the REST server sends it. @param {number} status @param {string} code @param {string} message */
const wpError = (status, code, message) => jsonReply(status, { code, message, data: { status } });

/**
 * An integer parameter, or the message WordPress gives for a bad one.
 * @param {URLSearchParams} query @param {string} name @param {number} fallback
 * @param {number} min @param {number} [max]
 */
function integer(query, name, fallback, min, max = Infinity) {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\s*-?\d+\s*$/.test(raw)) return `${name} is not of type integer.`;
  const value = Number(raw);
  if (value >= min && value <= max) return value;
  return max === Infinity
    ? `${name} must be greater than or equal to ${min}`
    : `${name} must be between ${min} (inclusive) and ${max} (inclusive)`;
}

/**
 * One page of a list, with X-WP-Total and X-WP-TotalPages, or the 400 for a bad page or
 * per_page; posts refuse a page past the last (when there is one), terms answer [].
 * @template T
 * @param {Site} site @param {URLSearchParams} query @param {T[]} items
 * @param {(item: T) => unknown} present @param {boolean} refusePastEnd
 */
function pageOf(site, query, items, present, refusePastEnd) {
  const page = integer(query, 'page', 1, 1);
  const perPage = integer(query, 'per_page', 10, 1, site.options.perPageMax);
  if (typeof page === 'string' || typeof perPage === 'string') {
    const params = Object.entries({ page, per_page: perPage }).filter(
      ([, value]) => typeof value === 'string',
    );
    return jsonReply(400, {
      code: 'rest_invalid_param',
      message: `Invalid parameter(s): ${params.map(([name]) => name).join(', ')}`,
      data: { status: 400, params: Object.fromEntries(params) },
    });
  }
  const pages = Math.ceil(items.length / perPage);
  if (refusePastEnd && page > pages && items.length > 0) {
    return wpError(400, 'rest_post_invalid_page_number', INVALID_PAGE);
  }
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return jsonReply(200, slice.map(present), {
    'X-WP-Total': String(items.length),
    'X-WP-TotalPages': String(pages),
  });
}

/** A list parameter the PHP way: "a,b", or name[]=a&name[]=b. @param {URLSearchParams} query @param {string} name */
const list = (query, name) =>
  [...query.getAll(name), ...query.getAll(`${name}[]`)]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * A post, with what `_embed` asks for (all relations, or those it lists), and only the
 * fields `_fields` names where it names any: embedding then needs `_links` and `_embedded`.
 * @param {Site} site @param {URLSearchParams} query
 */
function presentPost(site, query) {
  const asked = query.get('_embed');
  const all = asked !== null && ['', '1', 'true'].includes(asked);
  const rels = asked === null ? [] : list(query, '_embed');
  const fields = list(query, '_fields');
  const wanted = (/** @type {string} */ field) => fields.length === 0 || fields.includes(field);
  /** @param {Record<string, unknown>} object */
  const only = (object) =>
    fields.length === 0
      ? object
      : Object.fromEntries(Object.entries(object).filter(([field]) => wanted(field)));
  return (/** @type {DemoPost} */ post) => {
    const object = only(postObject(site, post));
    if (asked === null || !wanted('_links') || !wanted('_embedded')) return object;
    const embeds = Object.entries(postEmbeds(site, post)).filter(
      ([rel]) => all || rels.includes(rel),
    );
    return embeds.length > 0 ? { ...object, _embedded: Object.fromEntries(embeds) } : object;
  };
}

/** @type {Get} */
function posts(site, query) {
  const categories = list(query, 'categories').map(Number);
  const slugs = list(query, 'slug');
  const include = list(query, 'include').map(Number);
  const found = site.blog.posts
    .filter(
      (post) =>
        (categories.length === 0 || post.categories.some((id) => categories.includes(id))) &&
        (slugs.length === 0 || slugs.includes(post.slug)) &&
        (include.length === 0 || include.includes(post.id)),
    )
    .sort((a, b) =>
      query.get('orderby') === 'include'
        ? include.indexOf(a.id) - include.indexOf(b.id)
        : b.date_gmt.localeCompare(a.date_gmt) || b.id - a.id,
    );
  return pageOf(site, query, found, presentPost(site, query), true);
}

/** @type {Get} */
function post(site, query, id) {
  const found = site.posts.get(id);
  if (!found) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
  return jsonReply(200, presentPost(site, query)(found));
}

/** @type {Get} */
function categories(site, query) {
  const hideEmpty = ['1', 'true'].includes(query.get('hide_empty') ?? '');
  const slugs = list(query, 'slug');
  const byCount = query.get('orderby') === 'count';
  /** @param {DemoTerm} a @param {DemoTerm} b */
  const order = (a, b) =>
    (byCount ? a.count - b.count : a.name.toLowerCase().localeCompare(b.name.toLowerCase())) ||
    a.id - b.id;
  const sign = query.get('order') === 'desc' ? -1 : 1;
  const found = site.blog.categories
    .filter(
      (term) => (!hideEmpty || term.count > 0) && (slugs.length === 0 || slugs.includes(term.slug)),
    )
    .sort((a, b) => sign * order(a, b));
  return pageOf(site, query, found, (term) => termObject(site, term), false);
}

/** @type {{ path: string, pattern: RegExp, get: Get }[]} */
const ROUTES = [
  { path: '/', pattern: /^\/$/, get: (site) => jsonReply(200, index(site)) },
  { path: '/wp/v2/posts', pattern: /^\/wp\/v2\/posts$/, get: posts },
  { path: '/wp/v2/posts/(?P<id>[\\d]+)', pattern: /^\/wp\/v2\/posts\/(\d+)$/, get: post },
  { path: '/wp/v2/categories', pattern: /^\/wp\/v2\/categories$/, get: categories },
];

/** The REST index: the site, and the routes it has. @param {Site} site */
const index = (site) => ({
  name: site.blog.name,
  description: site.blog.description,
  url: site.origin,
  home: site.origin,
  gmt_offset: 0,
  timezone_string: 'UTC',
  namespaces: ['wp/v2'],
  authentication: [],
  routes: Object.fromEntries(
    ROUTES.map(({ path }) => [path, { namespace: path === '/' ? '' : 'wp/v2', methods: ['GET'] }]),
  ),
  _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
});

/**
 * The answer to a REST route ("/wp/v2/posts"), before the headers every REST answer carries.
 * @param {Site} site @param {string} method @param {string} path @param {URLSearchParams} query
 * @returns {Reply}
 */
export function dispatch(site, method, path, query) {
  if (site.options.restDisabled) return wpError(404, 'rest_no_route', NO_ROUTE);
  if (site.options.login) {
    return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
  }
  const route = ROUTES.find(({ pattern }) => pattern.test(path));
  if (!route || !['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    return wpError(404, 'rest_no_route', NO_ROUTE);
  }
  // A preflight gets the route's description, as WordPress answers OPTIONS.
  if (method === 'OPTIONS') return jsonReply(200, { namespace: 'wp/v2', methods: ['GET'] });
  return route.get(site, query, Number(route.pattern.exec(path)?.[1]));
}
