import {
  exportFormat,
  exportVersion,
  maxEntries,
  maxFileBytes,
  chooseExport,
  tooLarge,
} from './format';
import { checkFile, Damaged, type CheckedFile } from './schema';

export type ParsedFile = { ok: true; file: CheckedFile } | { ok: false; problem: string };

const exportAgain = 'Export again from the browser it came from, then import the new file.';

const refuse = (problem: string): ParsedFile => ({ ok: false, problem });

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
  try {
    return { ok: true, file: checkFile(fields) };
  } catch (error) {
    if (!(error instanceof Damaged)) throw error;
    return refuse(`This file is damaged: ${error.where} is not valid. ${exportAgain}`);
  }
}
