import * as v from 'valibot';
import {
  exportFormat,
  exportSchema,
  exportVersion,
  maxEntries,
  maxFileBytes,
  type ExportedBlog,
  type ReaderData,
} from './format';

export interface ReadFile {
  exportedAt: number;
  blog: ExportedBlog;
  data: ReaderData;
}

export type ParsedFile = { ok: true; file: ReadFile } | { ok: false; problem: string };

const exportAgain = 'Export again from the browser it came from, then import the new file.';
const chooseExport = 'Choose the paperboy-….json file that Export saved.';

export const tooLarge = `This file is too large to be a Paperboy export (over ${maxFileBytes / 1024 / 1024} MB). ${chooseExport}`;

const refuse = (problem: string): ParsedFile => ({ ok: false, problem });

const entryNames: Record<string, string> = {
  saved: 'saved article',
  history: 'history entry',
  queue: 'queued article',
};

/** Where a damaged value sits, in words: "history entry 4 (its readAt)". */
function whereIs(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const [list, index, field] = keys;
  const entry = typeof list === 'string' ? entryNames[list] : undefined;
  if (entry && typeof index === 'number') {
    return `${entry} ${index + 1}${field === undefined ? '' : ` (its ${String(field)})`}`;
  }
  return keys.length > 0 ? `its ${keys.join('.')}` : 'its contents';
}

/** An export file's text, checked whole before anything is stored; every refusal says why and what to do. */
export function parseExportFile(text: string): ParsedFile {
  if (text.length > maxFileBytes) return refuse(tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(`This file is not a Paperboy export: it is not JSON at all. ${chooseExport}`);
  }
  const fields = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (fields.format !== exportFormat) {
    return refuse(`This file is not a Paperboy export. ${chooseExport}`);
  }
  const version = fields.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > exportVersion) {
    return refuse(
      `This file was made by a newer version of Paperboy (format ${version}; this one reads ${exportVersion}). Update the app (reload it), then import again.`,
    );
  }
  const count = ['saved', 'history', 'queue']
    .map((list) => fields[list])
    .reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
  if (count > maxEntries) {
    return refuse(
      `This file holds ${count} entries, more than the ${maxEntries} Paperboy imports at once. ${chooseExport}`,
    );
  }
  const parsed = v.safeParse(exportSchema, json);
  if (!parsed.success) {
    return refuse(
      `This file is damaged: ${whereIs(parsed.issues[0])} is not valid. ${exportAgain}`,
    );
  }
  const { exportedAt, blog, saved, history, queue, settings } = parsed.output;
  return { ok: true, file: { exportedAt, blog, data: { saved, history, queue, settings } } };
}
