import type { RawDocument } from '../sources/types';
import { siteSchema } from './schema';
import type { Site } from './types';
import { expandArticleTemplate, resolveHref } from './urls';
import { validate } from './validate';

export function parseSite(raw: RawDocument): Site {
  const doc = validate(siteSchema, raw);
  return {
    url: raw.url,
    title: doc.title,
    description: doc.description.trim(),
    language: doc.language,
    ...(doc.updated ? { updated: doc.updated } : {}),
    articleTemplate: doc.article,
    sections: doc.sections.map((section) => ({
      slug: section.slug,
      title: section.title,
      description: section.description.trim(),
      href: resolveHref(section.href, raw.url),
    })),
  };
}

/** Where the article with this slug lives, for a slug known only from a URL. */
export function articleUrl(site: Site, slug: string): string {
  return resolveHref(expandArticleTemplate(site.articleTemplate, slug), site.url);
}
