import * as v from 'valibot';
import type { WordPressApi } from '../../sources/wordpress';
import { readingMinutes } from '../reading';
import { articleSlugPattern, sectionSlugPattern } from '../slugs';
import { clip, collapse, htmlToText, openingWords } from '../text';
import type { Article, ArticleSummary, Author, Picture } from '../types';
import { isAbsoluteHttp, isHttpOrRelative, resolveHref } from '../urls';
import {
  authorSchema,
  mediaSchema,
  mediaSizeSchema,
  termSchema,
  type WordPressCategory,
  type WordPressPost,
  type WordPressRelatedPost,
} from './schema';

/** What every post request embeds, so that a list carries whole articles. */
export const embed = { _embed: 'author,wp:featuredmedia,wp:term' } as const;

/**
 * The app's slug for a WordPress slug. WordPress collapses repeated hyphens in its own slugs,
 * so a slug with "--" before the id is never one of them: non-Latin slugs get one.
 */
export function appSlug(slug: string, id: number, kind: 'post' | 'category'): string {
  const pattern = kind === 'post' ? articleSlugPattern : sectionSlugPattern;
  if (pattern.test(slug)) return slug;
  const ascii = slug
    .toLowerCase()
    .replace(/%[0-9a-f]{2}|[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const head = ascii.replace(/-{2,}/g, '-').slice(0, 60).replace(/-+$/, '');
  return `${head || kind}--${id}`;
}

/** The post's id, for a slug `appSlug` made up. */
export function madeUpId(slug: string): number | undefined {
  const match = /--(\d+)$/.exec(slug);
  return match ? Number(match[1]) : undefined;
}

export const categorySlug = (category: Pick<WordPressCategory, 'slug' | 'id'>) =>
  appSlug(category.slug, category.id, 'category');

export interface PostContext {
  api: WordPressApi;
  /** The section a list was asked for; else the post's first category. */
  section?: string;
}

export function postToArticle(post: WordPressPost, context: PostContext): Article {
  const locked = post.content.protected === true;
  const html = locked ? '' : post.content.rendered;
  return {
    ...postToSummary(post, context, html),
    ...(locked ? { locked: true } : {}),
    html,
    related: [],
    minutes: readingMinutes(html),
  };
}

/** A post's list entry; `html` is its body where it came with one (for a title or excerpt it lacks). */
export function postToSummary(
  post: WordPressRelatedPost,
  context: PostContext,
  html = '',
): ArticleSummary {
  const published = `${post.date_gmt}Z`;
  const modified = post.modified_gmt ? `${post.modified_gmt}Z` : undefined;
  const locked = post.content?.protected === true;
  const bodyText = () => htmlToText(html);
  const excerpt = htmlToText(post.excerpt.rendered).replace(/\s*\[…\]$/, '…');
  const title = htmlToText(post.title.rendered);
  const terms = embeddedTerms(post, context.section);
  const image = featuredImage(post, context.api.root);
  const link = post.link && isAbsoluteHttp(post.link) ? post.link : undefined;
  return {
    slug: appSlug(post.slug, post.id, 'post'),
    title: clip(title || openingWords(excerpt || bodyText()) || humanSlug(post.slug), 300),
    section: terms.section,
    href: context.api.url(`wp/v2/posts/${post.id}`, embed),
    published,
    ...(modified && Date.parse(modified) > Date.parse(published) ? { updated: modified } : {}),
    // Where the site hides its authors, the site itself.
    author: embeddedAuthor(post) ?? { name: new URL(context.api.root).hostname },
    excerpt: clip(excerpt || (locked ? '' : clip(bodyText(), 300)), 1000),
    ...(image ? { image } : {}),
    tags: terms.tags,
    ...(link ? { link } : {}),
  };
}

/** The list's entry for an article that came whole. */
export function summaryOf(article: Article): ArticleSummary {
  const { html: _html, related: _related, locked: _locked, ...summary } = article;
  return summary;
}

function humanSlug(slug: string): string {
  const words = collapse(safeDecode(slug).replace(/[-_]+/g, ' '));
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'A post';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function embeddedAuthor(post: WordPressRelatedPost): Author | undefined {
  const result = v.safeParse(authorSchema, post._embedded?.author[0]);
  if (!result.success) return undefined;
  const name = clip(collapse(result.output.name), 200);
  if (!name) return undefined;
  const url = result.output.link;
  return { name, ...(url && isAbsoluteHttp(url) ? { url } : {}) };
}

const isSize = (value: number | undefined): value is number =>
  value !== undefined && Number.isInteger(value) && value > 0;

/** Wide enough for an article's picture on a phone's screen at twice its density. */
const wantedWidth = 1000;

function featuredImage(post: WordPressRelatedPost, siteUrl: string): Picture | undefined {
  const result = v.safeParse(mediaSchema, post._embedded?.['wp:featuredmedia'][0]);
  if (!result.success || !isHttpOrRelative(result.output.source_url)) return undefined;
  const media = result.output;
  const { width, height } = media.media_details ?? {};
  const original = { src: media.source_url, width, height };
  const { src, ...size } = fittingSize(media.media_details?.sizes) ?? original;
  return {
    src: resolveHref(src, siteUrl),
    alt: collapse(media.alt_text),
    ...(isSize(size.width) && isSize(size.height)
      ? { width: size.width, height: size.height }
      : {}),
  };
}

/**
 * One of the sizes WordPress made: the narrowest at least `wantedWidth` wide, else the widest.
 * One picture, not a srcset: it is the one the offline cache holds, whatever the screen.
 */
function fittingSize(sizes: unknown): { src: string; width: number; height: number } | undefined {
  if (typeof sizes !== 'object' || sizes === null) return undefined;
  const usable = Object.values(sizes)
    .map((entry) => v.safeParse(mediaSizeSchema, entry))
    .flatMap((parsed) => (parsed.success ? [parsed.output] : []))
    .filter(
      (size) => isSize(size.width) && isSize(size.height) && isHttpOrRelative(size.source_url),
    )
    .sort((a, b) => a.width - b.width);
  const chosen = usable.find((size) => size.width >= wantedWidth) ?? usable.at(-1);
  return chosen && { src: chosen.source_url, width: chosen.width, height: chosen.height };
}

/**
 * The post's section (the list's, else its first category) and, as its tags, the names of
 * its other categories and its tags, from `wp:term`: the section is matched on already.
 */
function embeddedTerms(
  post: WordPressRelatedPost,
  listed?: string,
): { section: string; tags: string[] } {
  const categories: { slug: string; name: string }[] = [];
  const tags: string[] = [];
  for (const group of post._embedded?.['wp:term'] ?? []) {
    if (!Array.isArray(group)) continue;
    for (const entry of group) {
      const result = v.safeParse(termSchema, entry);
      if (!result.success) continue;
      const term = result.output;
      const name = clip(htmlToText(term.name), 60);
      if (term.taxonomy === 'category') categories.push({ slug: categorySlug(term), name });
      else if (term.taxonomy === 'post_tag') tags.push(name);
    }
  }
  const section = listed ?? categories[0]?.slug ?? 'uncategorized';
  const others = categories.filter((category) => category.slug !== section);
  const names = [...others.map((category) => category.name), ...tags].filter(Boolean);
  return { section, tags: [...new Set(names)].slice(0, 30) };
}
