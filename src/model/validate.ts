import * as v from 'valibot';
import { ContentError } from '../sources/errors';
import type { RawDocument } from '../sources/types';
import { supportedVersion } from './schema';

/** `sections[0].slug` from a valibot issue path; empty for the document itself. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += path ? `.${key}` : key;
  }
  return path;
}

function problemOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
  if (issue.kind === 'schema') return `must be ${issue.expected ?? 'something else'}`;
  return issue.message;
}

export function invalid(issues: readonly v.BaseIssue<unknown>[], url: string): ContentError {
  const [issue] = issues;
  return new ContentError(
    issue
      ? { kind: 'invalid', path: issuePath(issue), problem: problemOf(issue) }
      : { kind: 'invalid', path: '', problem: 'is not valid' },
    url,
  );
}

/** Refuses another major version before looking at anything else. */
export function checkVersion(raw: RawDocument): void {
  const body = raw.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ContentError(
      { kind: 'invalid', path: '', problem: 'must be a JSON object' },
      raw.url,
    );
  }
  if ('version' in body && body.version !== supportedVersion) {
    throw new ContentError({ kind: 'version', version: body.version }, raw.url);
  }
}

export function validate<S extends v.GenericSchema>(schema: S, raw: RawDocument): v.InferOutput<S> {
  checkVersion(raw);
  const result = v.safeParse(schema, raw.body);
  if (!result.success) throw invalid(result.issues, raw.url);
  return result.output;
}
