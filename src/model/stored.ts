import type { ArticleRecordLike } from './types';

const isString = (value: unknown): value is string => typeof value === 'string';

/** Stores outlive app versions and can be damaged: a record that fails is fetched again. */
export function isUsableArticle(value: unknown): value is ArticleRecordLike {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const author = record.author as Record<string, unknown> | undefined;
  return (
    isString(record.slug) &&
    isString(record.title) &&
    isString(record.section) &&
    isString(record.href) &&
    isString(record.published) &&
    !Number.isNaN(Date.parse(record.published)) &&
    isString(record.excerpt) &&
    typeof author === 'object' &&
    author !== null &&
    isString(author.name) &&
    Array.isArray(record.tags) &&
    (record.html === undefined || isString(record.html)) &&
    (record.related === undefined || Array.isArray(record.related))
  );
}
