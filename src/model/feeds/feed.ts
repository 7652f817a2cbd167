import { ContentError } from '../../sources/errors';
import type { Blog } from '../blog';
import { readingMinutes } from '../reading';
import { clip, collapse, htmlToText, openingWords } from '../text';
import type { Article, ArticleSummary, Site } from '../types';
import { escapeText } from './escape';
import { itemSlug, tagSlug } from './slugs';

/** A feed as the formats' parsers hand it on: items newest first, every URL absolute. */
export interface FeedDocument {
  url: string;
  title: string;
  description: string;
  language: string;
  items: FeedItem[];
}

export interface FeedItem {
  id: string;
  url?: string | undefined;
  title?: string | undefined;
  /** Untrusted HTML: only ever shown through the sanitizer. */
  html?: string | undefined;
  /** Plain text, where the feed has no HTML. */
  text?: string | undefined;
  summary?: string | undefined;
  published: string;
  updated?: string | undefined;
  authors: { name: string; url?: string | undefined }[];
  tags: string[];
  image?: { src: string; alt: string } | undefined;
}

/** A tag carried by fewer items is no section of its own. */
export const minItemsPerSection = 3;
export const itemsPerPage = 20;
const maxSections = 100;
/** Read again only after this: a list, its pages and an article share one download. */
const feedMemoMs = 60_000;

export const latest = { slug: 'latest', title: 'Latest' };

/**
 * A feed is one document: its sections ("Latest", then each tag at least 3 items carry) and
 * pages are cut from it, and every item comes whole, so a download of it serves them all.
 */
export function feedBlog(
  read: (signal?: AbortSignal) => Promise<FeedDocument>,
  now: () => number = Date.now,
): Blog {
  let memo: { at: number; feed: Promise<FeedDocument> } | undefined;
  const feed = (fresh: boolean, signal?: AbortSignal) => {
    if (!memo || fresh || now() - memo.at > feedMemoMs) {
      const reading = read(signal);
      memo = { at: now(), feed: reading };
      reading.catch(() => (memo = undefined));
    }
    return memo.feed;
  };
  return {
    site: async (signal) => siteOf(await feed(true, signal)),
    async sectionPage(href, wanted, signal) {
      const document = await feed(false, signal);
      const items = sectionItems(document, wanted.section);
      const pages = Math.max(1, Math.ceil(items.length / itemsPerPage));
      const slice = items.slice((wanted.page - 1) * itemsPerPage, wanted.page * itemsPerPage);
      const full = slice.map((item) => itemToArticle(item, document, wanted.section));
      return {
        url: href,
        section: wanted.section,
        page: wanted.page,
        pages: Math.max(pages, wanted.page),
        ...(wanted.page < pages
          ? { next: pageHref(document.url, wanted.section, wanted.page + 1) }
          : {}),
        articles: full.map(summaryOf),
        full,
        skipped: 0,
      };
    },
    async article(href, slug, signal) {
      const document = await feed(false, signal);
      const item = document.items.find((candidate) => itemSlug(candidate) === slug);
      if (!item) throw new ContentError({ kind: 'http', status: 404 }, href);
      return itemToArticle(item, document, sectionOf(item, document));
    },
  };
}

export function siteOf(feed: FeedDocument): Site {
  const counts = tagCounts(feed);
  const tags = [...counts]
    .filter(([, count]) => count >= minItemsPerSection)
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxSections - 1);
  const sections = [latest, ...tags.map(([slug]) => ({ slug, title: tagTitle(feed, slug) }))];
  return {
    url: feed.url,
    title: clip(feed.title, 200) || new URL(feed.url).hostname,
    description: feed.description,
    language: feed.language,
    articleTemplate: `${withoutHash(feed.url)}#article={slug}`,
    sections: sections.map(({ slug, title }) => ({
      slug,
      title,
      description: '',
      href: pageHref(feed.url, slug, 1),
    })),
  };
}

function pageHref(feedUrl: string, section: string, page: number): string {
  return `${withoutHash(feedUrl)}#section=${section}&page=${page}`;
}

function withoutHash(url: string): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

function tagCounts(feed: FeedDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of feed.items) {
    for (const slug of new Set(item.tags.map(tagSlug))) {
      if (slug !== latest.slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
  }
  return counts;
}

/** The tag as the feed spells it most: "Rowing", not "rowing". */
function tagTitle(feed: FeedDocument, slug: string): string {
  for (const item of feed.items) {
    const tag = item.tags.find((candidate) => tagSlug(candidate) === slug);
    // A lowercase tag ("rowing") heads its section as a title does ("Rowing").
    if (tag) return clip(tag === tag.toLowerCase() ? capitalize(tag, feed.language) : tag, 200);
  }
  return slug;
}

function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

function sectionItems(feed: FeedDocument, section: string): FeedItem[] {
  if (section === latest.slug) return feed.items;
  return feed.items.filter((item) => item.tags.some((tag) => tagSlug(tag) === section));
}

/** An item's first tag that is a section, else "Latest". */
function sectionOf(item: FeedItem, feed: FeedDocument): string {
  const counts = tagCounts(feed);
  const tag = item.tags.map(tagSlug).find((slug) => (counts.get(slug) ?? 0) >= minItemsPerSection);
  return tag ?? latest.slug;
}

export function itemToArticle(item: FeedItem, feed: FeedDocument, section: string): Article {
  const html = item.html ?? (item.text ? escapeText(item.text) : '');
  const bodyText = () => (item.html ? htmlToText(item.html) : collapse(item.text ?? ''));
  const summary = item.summary ? collapse(item.summary) : '';
  const title = collapse(item.title ?? '');
  const [author] = item.authors;
  return {
    slug: itemSlug(item),
    // Without a title (a short note), its opening words head it.
    title: clip(title || openingWords(summary || bodyText()) || 'A note', 300),
    section,
    href: `${withoutHash(feed.url)}#article=${itemSlug(item)}`,
    published: item.published,
    ...(item.updated && Date.parse(item.updated) > Date.parse(item.published)
      ? { updated: item.updated }
      : {}),
    author: author
      ? { name: clip(author.name, 200), ...(author.url ? { url: author.url } : {}) }
      : { name: clip(feed.title, 200) || new URL(feed.url).hostname },
    excerpt: clip(summary || bodyText(), title ? 300 : 1000),
    ...(item.image ? { image: item.image } : {}),
    tags: [...new Set(item.tags.map((tag) => clip(tag, 60)))].slice(0, 30),
    ...(item.url ? { link: item.url } : {}),
    html,
    related: [],
    minutes: readingMinutes(html),
  };
}

function summaryOf(article: Article): ArticleSummary {
  const { html: _html, related: _related, locked: _locked, ...summary } = article;
  return summary;
}
