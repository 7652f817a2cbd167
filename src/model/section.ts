import * as v from 'valibot';
import type { RawDocument } from '../sources/types';
import { toSummary } from './article';
import { sectionPageSchema, summarySchema } from './schema';
import type { ArticleSummary, SectionPage } from './types';
import { resolveHref } from './urls';
import { issuePath, validate } from './validate';

/** A section page; a single bad summary is skipped and reported once, the rest stands. */
export function parseSectionPage(raw: RawDocument): SectionPage {
  const doc = validate(sectionPageSchema, raw);
  const articles: ArticleSummary[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of doc.articles.entries()) {
    const result = v.safeParse(summarySchema, entry);
    if (result.success && seen.has(result.output.slug)) {
      problems.push(`articles[${index}].slug: “${result.output.slug}” is listed twice`);
    } else if (result.success) {
      seen.add(result.output.slug);
      articles.push(toSummary(result.output, raw.url));
    } else {
      const [issue] = result.issues;
      problems.push(`articles[${index}].${issuePath(issue)}: ${issue.message}`);
    }
  }
  if (problems.length > 0) {
    console.warn(`Skipped ${problems.length} invalid article(s) in ${raw.url}:`, problems);
  }
  return {
    url: raw.url,
    section: doc.section,
    page: doc.page,
    pages: doc.pages,
    ...(doc.next ? { next: resolveHref(doc.next, raw.url) } : {}),
    articles,
    skipped: problems.length,
  };
}
