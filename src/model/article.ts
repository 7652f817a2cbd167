import type { RawDocument } from '../sources/types';
import { readingMinutes } from './reading';
import { articleSchema, type RawSummary } from './schema';
import type { Article, ArticleSummary } from './types';
import { resolveHref } from './urls';
import { validate } from './validate';

/** Turns a validated summary into the app's shape, resolving its URLs against its document. */
export function toSummary(
  raw: Omit<RawSummary, 'href'> & { href?: string | undefined },
  documentUrl: string,
): ArticleSummary {
  return {
    slug: raw.slug,
    title: raw.title,
    section: raw.section,
    href: raw.href ? resolveHref(raw.href, documentUrl) : documentUrl,
    published: raw.published,
    ...(raw.updated ? { updated: raw.updated } : {}),
    author: {
      name: raw.author.name,
      ...(raw.author.url ? { url: raw.author.url } : {}),
    },
    excerpt: raw.excerpt.trim(),
    ...(raw.image
      ? {
          image: {
            src: resolveHref(raw.image.src, documentUrl),
            alt: raw.image.alt,
            ...(raw.image.width && raw.image.height
              ? { width: raw.image.width, height: raw.image.height }
              : {}),
          },
        }
      : {}),
    tags: raw.tags,
    ...(raw.minutes ? { minutes: raw.minutes } : {}),
  };
}

export function parseArticle(raw: RawDocument): Article {
  const doc = validate(articleSchema, raw);
  return {
    ...toSummary(doc, raw.url),
    minutes: doc.minutes ?? readingMinutes(doc.html),
    html: doc.html,
    related: doc.related
      .filter((related) => related.slug !== doc.slug)
      .map((related) => toSummary(related, raw.url)),
  };
}
