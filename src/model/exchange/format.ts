import * as v from 'valibot';

/** The export file's format (docs/export.md): what a file says it is, and the version read here. */
export const exportFormat = 'paperboy-export';
export const exportVersion = 1;
/** Far beyond a reader's years of history, short of a file that would stall the page. */
export const maxFileBytes = 5 * 1024 * 1024;
export const maxEntries = 100_000;

/** The reader's own data as the stores hold it: times in milliseconds since 1970. */
export interface ReaderData {
  saved: { slug: string; savedAt: number }[];
  history: { slug: string; readAt: number; position?: number; title?: string; section?: string }[];
  queue: { slug: string; queuedAt: number; title?: string; section?: string }[];
  settings: { articleBudget?: number };
}

export interface ExportedBlog {
  url: string;
  name?: string;
}

/** A file as written: the same data, its times as ISO 8601 strings a person can read. */
export interface ExportFile {
  format: typeof exportFormat;
  version: typeof exportVersion;
  exportedAt: string;
  blog: ExportedBlog;
  saved: { slug: string; savedAt: string }[];
  history: { slug: string; readAt: string; position?: number; title?: string; section?: string }[];
  queue: { slug: string; queuedAt: string; title?: string; section?: string }[];
  settings: { articleBudget?: number };
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const slug = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(300));
const time = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform(Date.parse),
  v.check((ms) => Number.isFinite(ms)),
);
const named = { title: v.optional(text(1000)), section: v.optional(text(300)) };
const entries = <T extends v.GenericSchema>(entry: T) =>
  v.optional(v.pipe(v.array(entry), v.maxLength(maxEntries)), []);

/** Version 1 as read: unknown fields are dropped, positions outside 0..1 are brought inside. */
export const exportSchema = v.object({
  format: v.literal(exportFormat),
  version: v.literal(exportVersion),
  exportedAt: time,
  blog: v.object({ url: v.pipe(v.string(), v.url()), name: v.optional(text(300)) }),
  saved: entries(v.object({ slug, savedAt: time })),
  history: entries(
    v.object({
      slug,
      readAt: time,
      position: v.optional(
        v.pipe(
          v.number(),
          v.finite(),
          v.transform((at) => Math.min(1, Math.max(0, at))),
        ),
      ),
      ...named,
    }),
  ),
  queue: entries(v.object({ slug, queuedAt: time, ...named })),
  settings: v.optional(
    v.object({
      articleBudget: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxEntries)),
      ),
    }),
    {},
  ),
});
