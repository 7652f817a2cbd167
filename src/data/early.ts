import { expandArticleTemplate } from '../model/urls';
import { EarlyDocuments } from '../sources/early';
import type { ReadContext } from './context';
import { readSite } from './queries/site';

/** A first visit shows no more sections than this at once; further ones are asked for later. */
const earlySections = 12;

/** What the first view shows, so what to ask for early. */
export interface EarlyAsk {
  /**
   * No service worker controls the page: the store is most likely empty, and nothing
   * waits for the store to say so.
   */
  firstVisit: boolean;
  /**
   * The sections whose first page the first view lists: all (the home page), one (a
   * section), or none (an article).
   */
  sections: 'all' | string | undefined;
  /** The article the first view shows, if it is one: its document is asked for too. */
  article?: string | undefined;
}

/**
 * A first visit has nothing stored, so the first view waits on the network: the blog's
 * site document is asked for at once, and as it arrives the first page of each section
 * the view lists, or the article it shows, while the writer (Dexie, the validator) loads
 * in its worker; it takes them from here (createStaticSource). On a later visit the site
 * is asked for only when none is stored; the writer refreshes a stored one after the
 * first view.
 */
export function askEarly(
  ctx: ReadContext,
  url: string,
  { firstVisit, sections, article }: EarlyAsk,
  early = new EarlyDocuments(),
): EarlyDocuments {
  const stored = firstVisit ? Promise.resolve(undefined) : readSite(ctx).catch(() => undefined);
  void stored
    .then(async (site) => {
      if (site) return;
      const doc = await early.ask(url);
      const listed = sectionLinks(doc.body).filter(
        (section) => sections === 'all' || section.slug === sections,
      );
      for (const { href } of listed.slice(0, earlySections)) {
        const resolved = resolve(href, doc.url);
        if (resolved) void early.ask(resolved);
      }
      const template = (doc.body as { article?: unknown } | null)?.article;
      if (article && typeof template === 'string') {
        // The same URL the writer builds from the validated site (articleUrl).
        const resolved = resolve(expandArticleTemplate(template, article), doc.url);
        if (resolved) void early.ask(resolved);
      }
    })
    .catch(() => undefined);
  return early;
}

/**
 * The section links in a site document not yet validated: only strings are taken, and
 * only as URLs to ask for; the writer validates the documents before anything is stored.
 */
function sectionLinks(body: unknown): { slug: unknown; href: string }[] {
  const sections = (body as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return [];
  return sections
    .map((section) => (section ?? {}) as { slug?: unknown; href?: unknown })
    .filter(
      (section): section is { slug: unknown; href: string } => typeof section.href === 'string',
    );
}

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
