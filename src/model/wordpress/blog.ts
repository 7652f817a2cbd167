import * as v from 'valibot';
import { ContentError, isContentError } from '../../sources/errors';
import type { HttpOptions } from '../../sources/http';
import type { RawDocument } from '../../sources/types';
import { wordpressApi, type WordPressApi } from '../../sources/wordpress';
import type { Blog, PageWanted } from '../blog';
import { clip, htmlToText } from '../text';
import type { SectionPage, Site } from '../types';
import { invalid, issuePath } from '../validate';
import { categorySlug, embed, madeUpId, postToArticle, summaryOf } from './posts';
import { withJetpackRelated, type FoundPost } from './related';
import { categorySchema, indexSchema, postSchema } from './schema';

/** Posts a section page lists: small enough to draw soon, bodies included. */
export const postsPerPage = 20;

const maxSections = 100;

const pastTheEnd = 'rest_post_invalid_page_number';

/** A WordPress site over its public REST API (wp/v2), from its REST root. */
export function wordpressBlog(root: string, http?: HttpOptions): Blog {
  const api = wordpressApi(root, http);
  return {
    site: (signal) => readSite(api, signal),
    sectionPage: (href, wanted, signal) => readPostsPage(api, href, wanted, signal),
    async article(href, slug, signal) {
      const id = madeUpId(slug);
      const url = id === undefined ? href : api.url(`wp/v2/posts/${id}`, embed);
      const raw = await api.get(url, signal);
      // By slug, WordPress answers a list, empty when there is no such post.
      const body: unknown = Array.isArray(raw.body) ? raw.body[0] : raw.body;
      if (body === undefined) throw new ContentError({ kind: 'http', status: 404 }, raw.url);
      const result = v.safeParse(postSchema, body);
      if (!result.success) throw invalid(result.issues, raw.url);
      const post = result.output;
      const article = postToArticle(post, { api });
      const [withRelated = article] = await withJetpackRelated(api, [{ post, article }], signal);
      return withRelated;
    },
  };
}

async function readSite(api: WordPressApi, signal?: AbortSignal): Promise<Site> {
  const indexRaw = await api.get(api.root, signal);
  const index = parse(indexSchema, indexRaw);
  if (!index.namespaces.includes('wp/v2')) {
    throw new ContentError(
      { kind: 'invalid', path: 'namespaces', problem: 'does not offer WordPress’s posts (wp/v2)' },
      indexRaw.url,
    );
  }
  const categoriesRaw = await api.get(
    api.url('wp/v2/categories', {
      hide_empty: 'true',
      per_page: maxSections,
      orderby: 'count',
      order: 'desc',
    }),
    signal,
  );
  const sections = sectionsOf(categoriesRaw, api);
  const title = clip(htmlToText(index.name), 200) || new URL(api.root).hostname;
  return {
    url: api.root,
    title,
    description: htmlToText(index.description),
    language: 'en',
    articleTemplate: api
      .url('wp/v2/posts', { slug: '{slug}', ...embed })
      .replace(encodeURIComponent('{slug}'), '{slug}'),
    sections,
  };
}

function sectionsOf(raw: RawDocument, api: WordPressApi): Site['sections'] {
  const list = parse(v.array(v.unknown()), raw);
  const sections: Site['sections'] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const result = v.safeParse(categorySchema, entry);
    if (!result.success || result.output.count === 0) continue;
    const category = result.output;
    const slug = categorySlug(category);
    if (seen.has(slug)) continue;
    seen.add(slug);
    sections.push({
      slug,
      title: clip(htmlToText(category.name), 200) || slug,
      description: htmlToText(category.description),
      href: api.url('wp/v2/posts', {
        categories: category.id,
        per_page: postsPerPage,
        page: 1,
        ...embed,
      }),
    });
  }
  if (sections.length === 0) {
    throw new ContentError(
      { kind: 'invalid', path: '', problem: 'has no published posts in any category yet' },
      raw.url,
    );
  }
  return sections;
}

async function readPostsPage(
  api: WordPressApi,
  href: string,
  wanted: PageWanted,
  signal?: AbortSignal,
): Promise<SectionPage> {
  let raw: RawDocument;
  try {
    raw = await api.get(href, signal);
  } catch (error) {
    // WordPress answers a page past the last one with 400: the list ends before it.
    if (isContentError(error) && error.fault.kind === 'http' && error.fault.code === pastTheEnd) {
      const { section, page } = wanted;
      return { url: href, section, page, pages: page, articles: [], full: [], skipped: 0 };
    }
    throw error;
  }
  const posts = parse(v.array(v.unknown()), raw);
  const found: FoundPost[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of posts.entries()) {
    const result = v.safeParse(postSchema, entry);
    if (!result.success) {
      const [issue] = result.issues;
      problems.push(`[${index}].${issuePath(issue)}: ${issue.message}`);
      continue;
    }
    const article = postToArticle(result.output, { api, section: wanted.section });
    if (seen.has(article.slug)) continue;
    seen.add(article.slug);
    found.push({ post: result.output, article });
  }
  const full = await withJetpackRelated(api, found, signal);
  if (problems.length > 0) {
    console.warn(`Skipped ${problems.length} invalid post(s) in ${raw.url}:`, problems);
  }
  const page = Number(new URL(href).searchParams.get('page') ?? '1') || 1;
  const total = Number(raw.headers?.['x-wp-totalpages'] ?? '1');
  const pages = Math.max(page, Number.isInteger(total) ? total : 1);
  return {
    url: raw.url,
    section: wanted.section,
    page,
    pages,
    ...(page < pages ? { next: pageUrl(href, page + 1) } : {}),
    articles: full.map(summaryOf),
    full,
    skipped: problems.length,
  };
}

function pageUrl(href: string, page: number): string {
  const url = new URL(href);
  url.searchParams.set('page', String(page));
  return url.href;
}

function parse<S extends v.GenericSchema>(schema: S, raw: RawDocument): v.InferOutput<S> {
  const result = v.safeParse(schema, raw.body);
  if (!result.success) throw invalid(result.issues, raw.url);
  return result.output;
}
