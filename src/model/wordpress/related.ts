import * as v from 'valibot';
import type { WordPressApi } from '../../sources/wordpress';
import type { Article, ArticleSummary } from '../types';
import { embed, postToSummary, summaryOf } from './posts';
import { jetpackRelatedSchema, relatedPostSchema, type WordPressPost } from './schema';

/** Jetpack shows three; a site's filter may ask for more, of which these are read. */
const maxRelated = 6;
/** WordPress's largest per_page: the related posts of a whole page in one request. */
const maxAsked = 100;

/** A summary's fields, so that related posts come without their bodies. */
const summaryFields = [
  'id',
  'date_gmt',
  'modified_gmt',
  'slug',
  'link',
  'title',
  'excerpt',
  '_links',
  '_embedded',
].join(',');

export interface FoundPost {
  post: WordPressPost;
  article: Article;
}

/** The ids of Jetpack's related posts of a post, in Jetpack's order, itself left out. */
export function jetpackIds(post: WordPressPost): number[] {
  const ids = post['jetpack-related-posts'].flatMap((entry) => {
    const result = v.safeParse(jetpackRelatedSchema, entry);
    return result.success && result.output.id !== post.id ? [result.output.id] : [];
  });
  return [...new Set(ids)].slice(0, maxRelated);
}

/**
 * Each article with the related posts Jetpack names for it, where the site runs Jetpack: those
 * in the same list as they are, the others asked for together in one request. Where that
 * request fails, the articles come without them and related posts are found on the device.
 */
export async function withJetpackRelated(
  api: WordPressApi,
  found: FoundPost[],
  signal?: AbortSignal,
): Promise<Article[]> {
  const wanted = found.map(({ post }) => jetpackIds(post));
  if (wanted.every((ids) => ids.length === 0)) return found.map(({ article }) => article);
  const listed = new Map(found.map(({ post, article }) => [post.id, summaryOf(article)]));
  const missing = [...new Set(wanted.flat())].filter((id) => !listed.has(id)).slice(0, maxAsked);
  const fetched = missing.length > 0 ? await relatedPosts(api, missing, signal) : new Map();
  return found.map(({ article }, index) => {
    const related = (wanted[index] ?? []).flatMap((id) => listed.get(id) ?? fetched.get(id) ?? []);
    return related.length > 0 ? { ...article, related } : article;
  });
}

async function relatedPosts(
  api: WordPressApi,
  ids: number[],
  signal?: AbortSignal,
): Promise<Map<number, ArticleSummary>> {
  const url = api.url('wp/v2/posts', {
    include: ids.join(','),
    per_page: ids.length,
    orderby: 'include',
    _fields: summaryFields,
    ...embed,
  });
  const found = new Map<number, ArticleSummary>();
  try {
    const raw = await api.get(url, signal);
    for (const entry of Array.isArray(raw.body) ? raw.body : []) {
      const result = v.safeParse(relatedPostSchema, entry);
      if (result.success) found.set(result.output.id, postToSummary(result.output, { api }));
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    console.warn(`Jetpack's related posts could not be read from ${url}:`, error);
  }
  return found;
}
