import * as v from 'valibot';
import { ContentError } from '../../sources/errors';
import { defaultHttpOptions, fetchJson, type HttpOptions } from '../../sources/http';
import type { RawDocument } from '../../sources/types';
import type { Blog } from '../blog';
import { isHttpOrRelative, resolveHref } from '../urls';
import { invalid } from '../validate';
import { feedBlog, type FeedDocument, type FeedItem } from './feed';
import { feedDate, feedLanguage, newestFirst } from './normalize';

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): the fields Paperboy reads; others are ignored. */

/** A feed's pages are followed up to this many, and never round a loop. */
export const maxFeedPages = 10;

const text = v.optional(v.string());

const author = v.object({ name: v.optional(v.string()), url: v.optional(v.string()) });

const feedSchema = v.object({
  version: v.pipe(
    v.string(),
    v.regex(/^https:\/\/jsonfeed\.org\/version\//, 'must be a JSON Feed version URL'),
  ),
  title: v.string(),
  description: text,
  language: text,
  next_url: text,
  items: v.array(v.unknown()),
});

const itemSchema = v.object({
  // A string, or in 1.0 a number: checked in itemOf (see the WordPress schema on valibot).
  id: v.unknown(),
  url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  authors: v.optional(v.array(v.unknown())),
  author: v.optional(v.unknown()),
  tags: v.optional(v.array(v.unknown())),
});

const supported = /^https:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/;

export function jsonFeedBlog(url: string, http: HttpOptions = defaultHttpOptions): Blog {
  return feedBlog((signal) => readJsonFeed(url, (page, at) => fetchJson(page, http, at), signal));
}

/** Every page of a JSON Feed, read one after another by `get`. */
export async function readJsonFeed(
  url: string,
  get: (url: string, signal?: AbortSignal) => Promise<RawDocument>,
  signal?: AbortSignal,
): Promise<FeedDocument> {
  const first = await get(url, signal);
  const head = parseFeed(first);
  const items = itemsOf(head.items, first.url);
  const seen = new Set([first.url]);
  let next = nextPage(head.next_url, first.url);
  for (let pages = 1; next && !seen.has(next) && pages < maxFeedPages; pages += 1) {
    seen.add(next);
    const page = await get(next, signal);
    const feed = parseFeed(page);
    items.push(...itemsOf(feed.items, page.url));
    next = nextPage(feed.next_url, page.url);
  }
  const unique = new Map<string, FeedItem>();
  for (const item of items) if (!unique.has(item.id)) unique.set(item.id, item);
  return {
    url: first.url,
    title: head.title.trim(),
    description: (head.description ?? '').trim(),
    language: feedLanguage(head.language),
    items: newestFirst([...unique.values()]),
  };
}

function parseFeed(raw: RawDocument): v.InferOutput<typeof feedSchema> {
  const result = v.safeParse(feedSchema, raw.body);
  if (!result.success) throw invalid(result.issues, raw.url);
  if (!supported.test(result.output.version)) {
    throw new ContentError({ kind: 'version', version: result.output.version }, raw.url);
  }
  return result.output;
}

function nextPage(next: string | undefined, pageUrl: string): string | undefined {
  return next && isHttpOrRelative(next) ? resolveHref(next, pageUrl) : undefined;
}

function itemsOf(entries: unknown[], pageUrl: string): FeedItem[] {
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const entry of entries) {
    const item = itemOf(entry, pageUrl);
    if (item) items.push(item);
    else skipped += 1;
  }
  if (skipped > 0) console.warn(`Skipped ${skipped} unusable item(s) in ${pageUrl}`);
  return items;
}

function itemOf(entry: unknown, pageUrl: string): FeedItem | undefined {
  const result = v.safeParse(itemSchema, entry);
  if (!result.success) return undefined;
  const item = result.output;
  // 1.0 allowed numbers; an id is a string from here on.
  const id =
    typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id))
      ? String(item.id).trim()
      : '';
  const published = feedDate(item.date_published) ?? feedDate(item.date_modified);
  if (!id || !published) return undefined;
  const link = absolute(item.url, pageUrl);
  const picture = absolute(item.image, pageUrl) ?? absolute(item.banner_image, pageUrl);
  return {
    id,
    url: link,
    title: item.title,
    html: item.content_html,
    text: item.content_html === undefined ? item.content_text : undefined,
    summary: item.summary,
    published,
    updated: feedDate(item.date_modified),
    authors: authorsOf(item.authors ?? (item.author ? [item.author] : [])),
    tags: (item.tags ?? [])
      .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
      .map((tag) => tag.trim()),
    image: picture ? { src: picture, alt: '' } : undefined,
  };
}

function authorsOf(entries: unknown[]): FeedItem['authors'] {
  const authors: FeedItem['authors'] = [];
  for (const entry of entries) {
    const result = v.safeParse(author, entry);
    const name = result.success ? result.output.name?.trim() : undefined;
    if (!result.success || !name) continue;
    const url = result.output.url;
    authors.push({ name, url: url && /^https?:\/\//i.test(url) ? url : undefined });
  }
  return authors;
}

function absolute(href: string | undefined, base: string): string | undefined {
  return href && isHttpOrRelative(href) ? resolveHref(href, base) : undefined;
}
