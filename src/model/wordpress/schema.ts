import * as v from 'valibot';
import { isRealDate, maxBodyBytes } from '../schema';

/**
 * The wp/v2 fields Paperboy reads, as WordPress documents them; other fields are ignored. Only
 * the parts of valibot the content API uses already: valibot is one module, so a part used
 * here alone would still be loaded with a first visit's validator.
 */

const id = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);

/** WordPress's `*_gmt` dates: UTC, without a zone suffix. */
const gmtDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'must be a date such as 2026-11-27T09:00:00'),
  v.check((value) => isRealDate(`${value}Z`), 'is not a real date'),
);

const rendered = v.object({ rendered: v.string() });

export const indexSchema = v.object({
  name: v.string(),
  description: v.optional(v.string(), ''),
  home: v.optional(v.string()),
  namespaces: v.array(v.string()),
});

export const categorySchema = v.object({
  id,
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const postSchema = v.object({
  id,
  date_gmt: gmtDate,
  modified_gmt: v.nullish(gmtDate),
  slug: v.string(),
  link: v.optional(v.string()),
  title: rendered,
  content: v.object({
    rendered: v.pipe(v.string(), v.maxBytes(maxBodyBytes, 'must be at most 2 MB')),
    // Checked as `=== true`: the schemas use no more of valibot than the first visit's do.
    protected: v.optional(v.unknown()),
  }),
  excerpt: v.optional(rendered, { rendered: '' }),
  _embedded: v.optional(
    v.object({
      author: v.optional(v.array(v.unknown()), []),
      'wp:featuredmedia': v.optional(v.array(v.unknown()), []),
      'wp:term': v.optional(v.array(v.unknown()), []),
    }),
  ),
  // Jetpack's related posts, where the site runs it: each entry is read on its own.
  'jetpack-related-posts': v.optional(v.array(v.unknown()), []),
});

/** A post asked for as a related post: its summary's fields only, no body. */
export const relatedPostSchema = v.object({
  ...postSchema.entries,
  content: v.optional(postSchema.entries.content),
});

/** One of Jetpack's related posts: only its id is read, the rest is a display string. */
export const jetpackRelatedSchema = v.object({ id });

/** Embedded entries can be error objects (a private author): each is read on its own. */
export const authorSchema = v.object({ name: v.string(), link: v.optional(v.string()) });

export const mediaSchema = v.object({
  source_url: v.string(),
  alt_text: v.optional(v.string(), ''),
  media_details: v.optional(
    v.object({
      width: v.optional(v.number()),
      height: v.optional(v.number()),
      // By size name ("medium", "large", "full"…): each is read on its own (mediaSizeSchema).
      sizes: v.optional(v.unknown()),
    }),
  ),
});

/** One of the sizes WordPress made of an uploaded picture. */
export const mediaSizeSchema = v.object({
  source_url: v.string(),
  width: v.number(),
  height: v.number(),
});

export const termSchema = v.object({
  id,
  name: v.string(),
  slug: v.string(),
  taxonomy: v.string(),
});

export type WordPressIndex = v.InferOutput<typeof indexSchema>;
export type WordPressCategory = v.InferOutput<typeof categorySchema>;
export type WordPressPost = v.InferOutput<typeof postSchema>;
export type WordPressRelatedPost = v.InferOutput<typeof relatedPostSchema>;
