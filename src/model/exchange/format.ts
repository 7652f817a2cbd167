/** The export file's format (docs/export.md): what a file says it is, and the version read here. */
export const exportFormat = 'paperboy-export';
export const exportVersion = 1;
/** Far beyond a reader's years of history, short of a file that would stall the page. */
export const maxFileBytes = 5 * 1024 * 1024;
export const maxEntries = 100_000;

export const chooseExport = 'Choose the paperboy-….json file that Export saved.';
export const tooLarge = `This file is too large to be a Paperboy export (over ${maxFileBytes / 1024 / 1024} MB). ${chooseExport}`;

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
