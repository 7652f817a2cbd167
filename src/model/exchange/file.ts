import {
  exportFormat,
  exportVersion,
  type ExportedBlog,
  type ExportFile,
  type ReaderData,
} from './format';

const iso = (ms: number) => new Date(ms).toISOString();

/** Only the fields the format names, whatever else a record holds. */
const named = (entry: { title?: string; section?: string }) => ({
  ...(entry.title !== undefined ? { title: entry.title } : {}),
  ...(entry.section !== undefined ? { section: entry.section } : {}),
});

export function toExportFile(data: ReaderData, blog: ExportedBlog, now: number): ExportFile {
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: iso(now),
    blog: { url: blog.url, ...(blog.name !== undefined ? { name: blog.name } : {}) },
    saved: data.saved.map(({ slug, savedAt }) => ({ slug, savedAt: iso(savedAt) })),
    history: data.history.map((read) => ({
      slug: read.slug,
      readAt: iso(read.readAt),
      ...(read.position !== undefined ? { position: read.position } : {}),
      ...named(read),
    })),
    queue: data.queue.map((queued) => ({
      slug: queued.slug,
      queuedAt: iso(queued.queuedAt),
      ...named(queued),
    })),
    settings:
      data.settings.articleBudget !== undefined
        ? { articleBudget: data.settings.articleBudget }
        : {},
  };
}

/** paperboy-blog.example-2026-12-08.json: the blog and the reader's own day. */
export function exportFileName(blogUrl: string, now: number): string {
  let host = 'blog';
  try {
    host = new URL(blogUrl).hostname || host;
  } catch {
    // An address that does not parse still gets a file, named for no blog in particular.
  }
  const day = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `paperboy-${host}-${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}.json`;
}

const sameAddress = (a: string, b: string) => {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
};

/** Slugs mean something only on their own blog: another blog's file is refused, with the way on. */
export function otherBlog(file: ExportedBlog, current: ExportedBlog): string | undefined {
  if (sameAddress(file.url, current.url)) return undefined;
  return `This file holds reading data for ${file.name ?? file.url}, not for ${current.name ?? current.url}, which you are reading now. Switch to that blog under “Blog” above, then import the file again.`;
}
