import { ContentError, isContentError } from '../sources/errors';
import {
  defaultHttpOptions,
  fetchText,
  type HttpOptions,
  type TextDocument,
} from '../sources/http';
import { parseJson } from '../sources/body';
import { readStart } from '../sources/body-start';
import type { BlogKind } from './blog';
import { htmlToText } from './text';
import { isAbsoluteHttp } from './urls';

/** What an address turned out to be: the format and where its documents start. */
export interface Detected {
  kind: BlogKind;
  url: string;
  /** As the document names the blog, for the reader to confirm; may be empty. */
  title: string;
}

/** What tells a document's kind is at its start: the rest of a big feed is not fetched twice. */
const enoughBytes = 256 * 1024;

const anything: Parameters<typeof fetchText>[3] = {
  // At most 128 bytes, so it stays a CORS-safelisted header: a longer one asks the server a
  // preflight question WordPress answers no to.
  accept:
    'application/json, application/feed+json, application/rss+xml, application/atom+xml, text/xml, text/html;q=0.9',
  types: /^(application|text)\//i,
  keepHeaders: ['Link'],
  read: (response) => readStart(response, enoughBytes),
};

/** The REST root a WordPress home page names: `Link: <…>; rel="https://api.w.org/"`. */
const apiLink = /<([^>]+)>\s*;\s*rel="?https:\/\/api\.w\.org\/"?/i;
const apiLinkTag = /<link\b[^>]*rel=["']https:\/\/api\.w\.org\/["'][^>]*>/i;
const hrefAttribute = /\shref=["']([^"']+)["']/i;

/**
 * Which kind of blog lives at an address: a content API site document, a WordPress site (its
 * home page or REST root), a JSON Feed, an RSS or Atom feed, or a web page that names one. Every failure is a ContentError; an address that answers but is
 * none of them is `not-a-blog`.
 */
export async function detectBlog(
  address: string,
  overrides: Partial<HttpOptions> = {},
  signal?: AbortSignal,
): Promise<Detected> {
  const http = { ...defaultHttpOptions, ...overrides };
  if (!isAbsoluteHttp(address)) {
    throw new ContentError({ kind: 'not-a-blog', reason: 'not-an-address' }, address);
  }
  let failure: unknown;
  // A site's home (an address ending in "/") is asked for last: WordPress sends no CORS
  // headers with it, but does with its REST root.
  const home = new URL(address).pathname.endsWith('/') && !isRestRoot(address);
  const roots = home ? restRoots(address) : [];
  for (const root of roots) {
    try {
      const found = recognise(await fetchText(root, http, signal, anything));
      if (found?.kind === 'wordpress') return found;
    } catch (error) {
      if (!isContentError(error)) throw error;
      if (isWordPressFault(error)) failure = error;
    }
  }
  let first: TextDocument | undefined;
  try {
    first = await fetchText(address, http, signal, anything);
    const found = recognise(first);
    if (found) return found;
  } catch (error) {
    if (!isContentError(error)) throw error;
    failure ??= error;
  }
  // A page that hides its REST root: WordPress's own places; then the feeds it names.
  const others = home ? [] : restRoots(first?.url ?? address);
  const candidates = [...others, ...(first ? feedLinks(first) : [])];
  for (const candidate of candidates) {
    try {
      const found = recognise(await fetchText(candidate, http, signal, anything));
      if (found && found.kind !== 'content-api') return found;
    } catch (error) {
      if (!isContentError(error)) throw error;
      if (isWordPressFault(error)) failure = error;
    }
  }
  if (failure) throw failure;
  throw new ContentError({ kind: 'not-a-blog', reason: 'unknown' }, address);
}

function isRestRoot(address: string): boolean {
  const url = new URL(address);
  return url.searchParams.has('rest_route') || url.pathname.endsWith('/wp-json/');
}

function isWordPressFault(error: ContentError): boolean {
  const fault = error.fault;
  return (
    fault.kind === 'login' || (fault.kind === 'http' && (fault.code?.startsWith('rest_') ?? false))
  );
}

function recognise(document: TextDocument): Detected | undefined {
  const { url, type, text } = document;
  // JSON first: WordPress's REST answers carry the Link header too.
  if (type.includes('json') || /^\s*[[{]/.test(text)) return recogniseJson(document);
  const link = apiLink.exec(document.headers.link ?? '')?.[1];
  if (link) return { kind: 'wordpress', url: new URL(link, url).href, title: pageTitle(text) };
  const root = rootElement(text);
  if (root === 'rss') return { kind: 'rss', url, title: pageTitle(text) };
  if (root === 'feed' && text.includes('http://www.w3.org/2005/Atom')) {
    return { kind: 'atom', url, title: pageTitle(text) };
  }
  if (type === 'text/html' || /^\s*<!doctype html|^\s*<html/i.test(text)) {
    const tag = apiLinkTag.exec(text)?.[0];
    const href = tag && hrefAttribute.exec(tag)?.[1];
    if (href) {
      return { kind: 'wordpress', url: new URL(decodeAmp(href), url).href, title: pageTitle(text) };
    }
  }
  return undefined;
}

function recogniseJson({ url, text }: TextDocument): Detected | undefined {
  let body: unknown;
  try {
    body = parseJson(text, url);
  } catch {
    return recogniseJsonStart(url, text);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const doc = body as Record<string, unknown>;
  if (Array.isArray(doc.namespaces) && doc.namespaces.includes('wp/v2')) {
    return { kind: 'wordpress', url, title: nameOf(doc.name) };
  }
  if ('sections' in doc && 'article' in doc)
    return { kind: 'content-api', url, title: nameOf(doc.title) };
  if (typeof doc.version === 'string' && doc.version.startsWith('https://jsonfeed.org/version/')) {
    return { kind: 'json-feed', url, title: nameOf(doc.title) };
  }
  return undefined;
}

/** The same, from the start of a document too long to read whole here: its fields come first. */
function recogniseJsonStart(url: string, text: string): Detected | undefined {
  // WordPress writes "wp\/v2"; the namespaces come before its long list of routes.
  if (/"namespaces"\s*:\s*\[[^\]]*"wp\\?\/v2"/.test(text)) {
    return { kind: 'wordpress', url, title: nameOf(jsonString(text, 'name')) };
  }
  if (/"version"\s*:\s*"https:\\?\/\\?\/jsonfeed\.org\\?\/version\\?\//.test(text)) {
    return { kind: 'json-feed', url, title: nameOf(jsonString(text, 'title')) };
  }
  return undefined;
}

/** The first string under `field`, unescaped. */
function jsonString(text: string, field: string): unknown {
  const quoted = new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(text)?.[1];
  try {
    return quoted === undefined ? undefined : JSON.parse(quoted);
  } catch {
    return undefined;
  }
}

function nameOf(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value).slice(0, 200) : '';
}

/** The first <title> of a web page or a feed (RSS's channel, Atom's feed). */
function pageTitle(text: string): string {
  const title = /<title\b[^>]*>([\s\S]{0,2000}?)<\/title>/i.exec(text.slice(0, 100_000))?.[1] ?? '';
  return nameOf(title.replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1'));
}

/** The name of an XML document's first element, past its prolog. */
function rootElement(text: string): string | undefined {
  return /<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)/.exec(text.slice(0, 4096))?.[2]?.toLowerCase();
}

const feedLinkTag = /<link\b[^>]*>/gi;
const feedTypes = [
  'application/feed+json',
  'application/json',
  'application/atom+xml',
  'application/rss+xml',
];

/** The feeds a web page names (`<link rel="alternate" type="application/rss+xml">`), JSON Feed first. */
function feedLinks({ text, url, type }: TextDocument): string[] {
  if (type !== 'text/html' && !/<html/i.test(text.slice(0, 1024))) return [];
  const found: { href: string; rank: number }[] = [];
  for (const [tag] of text.slice(0, 200_000).matchAll(feedLinkTag)) {
    if (!/\srel=["']?alternate/i.test(tag)) continue;
    const kind = /\stype=["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = hrefAttribute.exec(tag)?.[1];
    const rank = feedTypes.indexOf(kind);
    if (href && rank !== -1) found.push({ href: new URL(decodeAmp(href), url).href, rank });
  }
  return [...new Set(found.sort((a, b) => a.rank - b.rank).map((feed) => feed.href))].slice(0, 3);
}

/** Where WordPress answers its REST root. */
function restRoots(address: string): string[] {
  const url = new URL(address);
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/[^/]*$/, '');
  const pretty = new URL('wp-json/', url).href;
  const plain = new URL(url);
  plain.searchParams.set('rest_route', '/');
  // The query form first: every WordPress answers it, pretty permalinks or not.
  return pretty === address ? [plain.href] : [plain.href, pretty];
}

function decodeAmp(href: string): string {
  return href.replace(/&amp;/g, '&').replace(/&#038;/g, '&');
}
