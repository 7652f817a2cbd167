import * as v from 'valibot';
import { articleSlugPattern, sectionSlugPattern } from './slugs';
import { isAbsoluteHttp, isHttpOrRelative } from './urls';

/** The content API v1 contract as valibot schemas: the one definition the app and its tests use. */

export const supportedVersion = 1;
export const maxBodyBytes = 2 * 1024 * 1024;
export const maxSummariesPerPage = 100;

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const slug = (pattern: RegExp) =>
  v.pipe(
    v.string(),
    v.regex(
      pattern,
      'must be lowercase letters, digits and hyphens, starting with a letter or digit',
    ),
  );

export const sectionSlug = slug(sectionSlugPattern);
export const articleSlug = slug(articleSlugPattern);

/** Date.parse rolls 30 February over to 2 March: check the day exists in its month. */
export function isRealDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth && !Number.isNaN(Date.parse(value));
}

const dateTime = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 date-time such as 2026-11-27T09:00:00Z'),
  v.check(isRealDate, 'is not a real date'),
);

const href = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.check(isHttpOrRelative, 'must be an http(s) or relative URL'),
);

const positiveInt = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);

const language = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  }, 'must be a language tag such as "en" or "pt-BR"'),
);

const version = v.literal(supportedVersion);

const sectionEntry = v.object({
  slug: sectionSlug,
  title: text(200),
  description: v.optional(v.string(), ''),
  href,
});

export const siteSchema = v.object({
  version,
  title: text(200),
  description: v.optional(v.string(), ''),
  language: v.optional(language, 'en'),
  updated: v.optional(dateTime),
  article: v.pipe(
    href,
    v.check(
      (value) => value.split('{slug}').length === 2,
      'must hold exactly one {slug} placeholder',
    ),
  ),
  sections: v.pipe(
    v.array(sectionEntry),
    v.minLength(1, 'must list at least one section'),
    v.maxLength(100, 'must list at most 100 sections'),
    v.check(
      (sections) => new Set(sections.map((s) => s.slug)).size === sections.length,
      'must not repeat a section slug',
    ),
  ),
});

const author = v.object({
  name: text(200),
  url: v.optional(v.pipe(v.string(), v.check(isAbsoluteHttp, 'must be an http(s) URL'))),
});

const picture = v.object({
  src: href,
  alt: v.string(),
  width: v.optional(positiveInt),
  height: v.optional(positiveInt),
});

const summaryFields = {
  slug: articleSlug,
  title: text(300),
  section: sectionSlug,
  href,
  published: dateTime,
  updated: v.optional(dateTime),
  author,
  excerpt: v.pipe(v.string(), v.maxLength(1000, 'must be at most 1000 characters')),
  image: v.optional(picture),
  tags: v.optional(v.pipe(v.array(text(60)), v.maxLength(30, 'must hold at most 30 tags')), []),
  minutes: v.optional(v.pipe(positiveInt, v.maxValue(600, 'must be at most 600'))),
};

interface Dated {
  published: string;
  updated?: string | undefined;
}

const notBeforePublished = (doc: Dated) =>
  doc.updated === undefined || Date.parse(doc.updated) >= Date.parse(doc.published);
const notBeforePublishedMessage = 'must not be before the published date';

export const summarySchema = v.pipe(
  v.object(summaryFields),
  v.forward(
    v.check((doc) => notBeforePublished(doc), notBeforePublishedMessage),
    ['updated'],
  ),
);

export const articleSchema = v.pipe(
  v.object({
    ...summaryFields,
    version: v.optional(version),
    href: v.optional(href),
    html: v.pipe(v.string(), v.maxBytes(maxBodyBytes, 'must be at most 2 MB')),
    related: v.optional(
      v.pipe(v.array(summarySchema), v.maxLength(10, 'must hold at most 10 entries')),
      [],
    ),
  }),
  v.forward(
    v.check((doc) => notBeforePublished(doc), notBeforePublishedMessage),
    ['updated'],
  ),
);

/** A section page's own fields; its summaries are checked one by one (a bad one is skipped). */
export const sectionPageSchema = v.pipe(
  v.object({
    version,
    section: sectionSlug,
    page: positiveInt,
    pages: positiveInt,
    next: v.nullish(href),
    articles: v.pipe(
      v.array(v.unknown()),
      v.maxLength(maxSummariesPerPage, `must hold at most ${maxSummariesPerPage} entries`),
    ),
  }),
  v.forward(
    v.check((doc) => doc.page <= doc.pages, 'must not be greater than pages'),
    ['page'],
  ),
);

export type RawSite = v.InferOutput<typeof siteSchema>;
export type RawSummary = v.InferOutput<typeof summarySchema>;
export type RawArticle = v.InferOutput<typeof articleSchema>;
export type RawSectionPage = v.InferOutput<typeof sectionPageSchema>;
