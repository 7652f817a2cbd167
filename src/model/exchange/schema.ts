import { exportVersion, maxEntries, type ExportedBlog, type ReaderData } from './format';

/**
 * Version 1 as read: unknown fields are dropped, positions outside 0..1 are brought inside.
 * Plain checks, not valibot: a lazy page chunk that imports valibot splits it out of the
 * validator's chunk, and the first visit would fetch one file more.
 */
export class Damaged extends Error {
  constructor(readonly where: string) {
    super(`damaged: ${where}`);
  }
}

type Check<T> = (value: unknown, where: string) => T;

const fail = (where: string): never => {
  throw new Damaged(where);
};

const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)$/;

const text =
  (max: number): Check<string> =>
  (value, where) =>
    typeof value === 'string' && value.length <= max ? value : fail(where);

const slug: Check<string> = (value, where) => {
  const trimmed = text(300)(value, where).trim();
  return trimmed === '' ? fail(where) : trimmed;
};

const time: Check<number> = (value, where) => {
  const ms = isoTime.test(text(40)(value, where)) ? Date.parse(value as string) : NaN;
  return Number.isFinite(ms) ? ms : fail(where);
};

const position: Check<number> = (value, where) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(1, Math.max(0, value))
    : fail(where);

const budget: Check<number> = (value, where) =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= maxEntries
    ? (value as number)
    : fail(where);

const url: Check<string> = (value, where) => {
  const address = text(2000)(value, where);
  return URL.canParse(address) ? address : fail(where);
};

const fields = (value: unknown, where: string): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(where);

/** Each named field checked; one the file leaves out stays out. */
function record<T>(
  value: unknown,
  where: string,
  checks: Record<string, Check<unknown>>,
  optional: Record<string, Check<unknown>> = {},
): T {
  const given = fields(value, where);
  const at = (key: string) =>
    where.startsWith('its ') ? `${where}.${key}` : `${where} (its ${key})`;
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(checks)) out[key] = check(given[key], at(key));
  for (const [key, check] of Object.entries(optional)) {
    if (given[key] !== undefined) out[key] = check(given[key], at(key));
  }
  return out as T;
}

const list = <T>(value: unknown, key: string, entry: string, check: Check<T>): T[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(`its ${key}`);
  return value.map((item, index) => check(item, `${entry} ${index + 1}`));
};

const named = { title: text(1000), section: text(300) };

export interface CheckedFile {
  exportedAt: number;
  blog: ExportedBlog;
  data: ReaderData;
}

/** The whole file checked, or Damaged naming the first bad value. Format and version are known. */
export function checkFile(file: Record<string, unknown>): CheckedFile {
  if (file.version !== exportVersion) fail('its version');
  const exportedAt = time(file.exportedAt, 'its exportedAt');
  const blog = record<ExportedBlog>(file.blog, 'its blog', { url }, { name: text(300) });
  const saved = list(file.saved, 'saved', 'saved article', (item, where) =>
    record<ReaderData['saved'][number]>(item, where, { slug, savedAt: time }),
  );
  const history = list(file.history, 'history', 'history entry', (item, where) =>
    record<ReaderData['history'][number]>(
      item,
      where,
      { slug, readAt: time },
      { position, ...named },
    ),
  );
  const queue = list(file.queue, 'queue', 'queued article', (item, where) =>
    record<ReaderData['queue'][number]>(item, where, { slug, queuedAt: time }, named),
  );
  const settings =
    file.settings === undefined
      ? {}
      : record<ReaderData['settings']>(
          file.settings,
          'its settings',
          {},
          { articleBudget: budget },
        );
  return { exportedAt, blog, data: { saved, history, queue, settings } };
}
