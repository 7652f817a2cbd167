import type { PendingRecords } from '../db/pending';
import { expandArticleTemplate } from '../model/urls';
import { EarlyDocuments } from '../sources/early';
import type { RawDocument } from '../sources/types';
import { notifyStoreChange } from './changes';
import type { ReadContext } from './context';
import type { Preview, PreviewShown } from './preview';
import { readSite } from './queries/site';

/** A first visit shows no more sections than this at once; further ones are asked for later. */
const earlySections = 12;

/** Where a first visit's views find what arrived before the writer stores it. */
export interface EarlyPreview {
  pending: PendingRecords;
  /** The first view cannot be drawn from what arrived (a document failed, or lists nothing): the writer is wanted now. */
  wanted: () => void;
}

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
  /** On a first visit, what arrives is validated and held here for the views (data/preview.ts). */
  preview?: EarlyPreview | undefined;
}

/**
 * A first visit has nothing stored, so the first view waits on the network: the blog's
 * site document is asked for at once, and as it arrives the first page of each section
 * the view lists, or the article it shows. With `preview`, each is validated on the page
 * as it arrives and held for the views (data/preview.ts), so the first screen draws without
 * waiting for the writer (Dexie, in its worker), which then takes the same documents from
 * here (createStaticSource) and stores them. On a later visit the site is asked for only
 * when none is stored; the writer refreshes a stored one after the first view.
 */
export function askEarly(
  ctx: ReadContext,
  url: string,
  { firstVisit, sections, article, preview }: EarlyAsk,
  early = new EarlyDocuments(),
): EarlyDocuments {
  const stored = firstVisit ? Promise.resolve(undefined) : readSite(ctx).catch(() => undefined);
  const held = firstVisit ? preview : undefined;
  void stored
    .then(async (site) => {
      if (site) return;
      const asking = early.ask(url);
      // The preview's code (the validator) is asked for after the site: it is needed later.
      const show = held && previewer(held);
      const siteShown =
        show?.(url, asking, (into, raw) => into.site(raw)) ?? Promise.resolve(false);
      /** Asks for what the first view shows; holds it once the site is held. */
      const follow = (at: string | undefined, step: Step | undefined) => {
        if (at === undefined) return held?.wanted();
        const asked = early.ask(at);
        if (!step) held?.wanted();
        else void siteShown.then((ok) => ok && show?.(at, asked, step));
      };
      const doc = await asking;
      const listed = sectionLinks(doc.body).filter(
        (section) => sections === 'all' || section.slug === sections,
      );
      if (listed.length > earlySections) held?.wanted();
      for (const { slug, href } of listed.slice(0, earlySections)) {
        const step: Step | undefined =
          typeof slug === 'string' ? (into, raw) => into.section(raw, slug) : undefined;
        follow(resolve(href, doc.url), step);
      }
      const template = (doc.body as { article?: unknown } | null)?.article;
      if (article) {
        // The same URL the writer builds from the validated site (articleUrl).
        const at =
          typeof template === 'string'
            ? resolve(expandArticleTemplate(template, article), doc.url)
            : undefined;
        follow(at, (into, raw) => into.article(raw, article));
      }
    })
    .catch(() => held?.wanted());
  return early;
}

/** How one document is held: as the site, a section's first page, or an article. */
type Step = (into: Preview, raw: RawDocument) => PreviewShown;

/**
 * Shows each document as it arrives, once the preview's code (the validator) has loaded.
 * Resolves whether it was shown; when it was not (it failed to arrive, or is not valid),
 * or shows that the first view needs more than it has, the writer is wanted at once.
 */
function previewer({ pending, wanted }: EarlyPreview) {
  const previews = import('./preview');
  return async (url: string, asked: Promise<RawDocument>, step: Step): Promise<boolean> => {
    try {
      const [loaded, raw] = await Promise.all([previews, asked]);
      // A task of its own for each document: those that came while the validator loaded
      // would otherwise all be validated in one long task, as the first view draws.
      await new Promise((resolve) => setTimeout(resolve));
      const shown = step(loaded.previewInto(pending, url, Date.now()), raw);
      notifyStoreChange(shown.stores);
      if (!shown.complete) wanted();
      return true;
    } catch {
      wanted();
      return false;
    }
  };
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
