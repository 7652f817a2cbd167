// A WordPress site serving the demo blog: its REST API in both URL forms, with the headers
// WordPress sends; its home, login and 404 pages; its uploads.

import { defaultContent } from '../content.mjs';
import { demoServer } from '../http.mjs';
import { loadDemoBlog, UPLOADS } from './model.mjs';
import { makeSite, restUrl } from './objects.mjs';
import { dispatch } from './routes.mjs';

/**
 * @typedef {import('./objects.mjs').Site} Site
 * @typedef {import('./objects.mjs').Settings} Settings
 * @typedef {import('../http.d.mts').Reply} Reply
 * @typedef {import('../http.d.mts').Asked} Asked
 */

/** @type {Settings} */
const DEFAULTS = {
  perPageMax: 100,
  pretty: true,
  cors: true,
  restDisabled: false,
  login: false,
  redirectToLogin: false,
  protectedSlugs: [],
  delayMs: 0,
  jetpack: false,
};

/** @param {Site} site */
const apiLink = (site) => `<${restUrl(site, '/')}>; rel="https://api.w.org/"`;

/**
 * The CORS headers of a REST answer, as WordPress sends them: the request's own origin with
 * credentials when it names one (rest_send_cors_headers), the rest always (serve_request).
 * @param {Site} site @param {string} method @param {string | undefined} origin
 * @returns {Record<string, string>}
 */
function corsHeaders(site, method, origin) {
  if (!site.options.cors) return {};
  const always = {
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    'Access-Control-Allow-Headers':
      'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
  };
  if (!origin) return method === 'GET' ? { ...always, Vary: 'Origin' } : always;
  return {
    ...always,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  };
}

/** @param {string} text */
function decodePath(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The REST route a URL asks for, if it asks for one. @param {Site} site @param {URL} url */
function restRouteOf(site, url) {
  const asked = url.searchParams.get('rest_route');
  const pretty = /^\/wp-json(\/.*)?$/.exec(url.pathname);
  let route;
  if (asked !== null && ['/', '/index.php'].includes(url.pathname)) route = asked;
  else if (site.options.pretty && pretty) route = decodePath(pretty[1] ?? '/');
  return route === undefined ? undefined : route.replace(/\/+$/, '') || '/';
}

/**
 * A REST request. A login redirect comes before WordPress reaches its REST server, so it
 * carries none of the REST headers, CORS included.
 * @param {Site} site @param {Asked} asked @param {string} route @returns {Reply}
 */
function answerRest(site, { method, url, origin }, route) {
  if (site.options.redirectToLogin) {
    const to = `${site.origin}/wp-login.php?redirect_to=${encodeURIComponent(url.href)}`;
    return { status: 302, headers: { Location: to }, body: '' };
  }
  const query = new URLSearchParams(url.search);
  query.delete('rest_route');
  const reply = dispatch(site, method, route, query);
  const headers = { 'X-Content-Type-Options': 'nosniff', Link: apiLink(site) };
  return {
    ...reply,
    headers: { ...reply.headers, ...headers, ...corsHeaders(site, method, origin) },
  };
}

/**
 * A page of the site's theme. Front-end pages name the REST API in a Link header and a link
 * tag (rest_output_link_header, rest_output_link_wp_head); the login page does not.
 * @param {Site} site @param {number} status @param {string} title @param {string} body
 * @param {boolean} api @returns {Reply}
 */
function htmlPage(site, status, title, body, api) {
  const link = api ? `<link rel="https://api.w.org/" href="${restUrl(site, '/')}">\n` : '';
  const html = `<!doctype html>
<html lang="${site.blog.language}">
<head>
<meta charset="UTF-8">
<title>${title}</title>
${link}</head>
<body>
${body}
</body>
</html>
`;
  const headers = {
    'Content-Type': 'text/html; charset=UTF-8',
    ...(api ? { Link: apiLink(site) } : {}),
  };
  return { status, headers, body: html };
}

const LOGIN_FORM = `<form name="loginform" id="loginform" method="post">
<p><label>Username or Email Address <input type="text" name="log"></label></p>
<p><label>Password <input type="password" name="pwd"></label></p>
<p><input type="submit" value="Log In"></p>
</form>`;

/** @param {Site} site @param {Asked} asked @returns {Reply} */
function answer(site, asked) {
  const { url } = asked;
  const route = restRouteOf(site, url);
  const { name, description } = site.blog;
  if (route !== undefined) return answerRest(site, asked, route);
  if (['/', '/index.php'].includes(url.pathname)) {
    const body = `<h1>${name}</h1>\n<p>${description}</p>`;
    return htmlPage(site, 200, `${name} &#8211; ${description}`, body, true);
  }
  if (url.pathname === '/wp-login.php') {
    return htmlPage(site, 200, `Log In &lsaquo; ${name} &#8212; WordPress`, LOGIN_FORM, false);
  }
  const upload = url.pathname.startsWith(UPLOADS)
    ? site.blog.uploads.get(decodePath(url.pathname.slice(UPLOADS.length)))
    : undefined;
  if (upload) {
    // What a web server in front of WordPress serves, here open to every origin.
    /** @type {Record<string, string>} */
    const cors = site.options.cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    return { status: 200, headers: { 'Content-Type': upload.type, ...cors }, body: upload.body };
  }
  return htmlPage(site, 404, `Page not found &#8211; ${name}`, '<h1>Nothing here</h1>', true);
}

/**
 * A WordPress site serving the demo blog on 127.0.0.1.
 * @param {import('../wordpress.d.mts').WordPressServerOptions} [options]
 */
export function createWordPressServer(options = {}) {
  const { content = defaultContent, ...given } = options;
  // An option passed as undefined keeps its default.
  const defined = Object.entries(given).filter(([, value]) => value !== undefined);
  /** @type {Settings} */
  const settings = { ...DEFAULTS, ...Object.fromEntries(defined) };
  return demoServer(async (origin) => {
    const blog = typeof content === 'string' ? await loadDemoBlog(content) : content;
    const site = makeSite(blog, origin, settings);
    return (asked) => answer(site, asked);
  }, settings.delayMs);
}
