import { expandArticleTemplate } from '../../model/urls';
import { defaultHttpOptions, fetchJson, type HttpOptions } from '../../sources/http';
import type { RawDocument } from '../../sources/types';
import type { Held, Preview } from './preview';

/** A first visit shows no more sections than this at once; further ones are the writer's. */
const earlySections = 12;

/** The sections the first view lists ('all', one, or none) and its article, if any. */
export interface FirstViewNeeds {
  sections: 'all' | string | undefined;
  article?: string | undefined;
}

/** One document asked for: where, and what became of it (undefined: it failed or is not valid). */
export interface Asked {
  source: string;
  held: Promise<Held | undefined>;
}

export type Step = (into: Preview, raw: RawDocument) => Held;

export interface AskOptions {
  hold: (source: string, raw: Promise<RawDocument>, step: Step) => Promise<Held | undefined>;
  /** The first view cannot be drawn from what arrives: the writer is wanted now. */
  wanted: () => void;
  http?: HttpOptions;
}

/** The site at once, then what the first view shows; resolves with all asked, in storing order. */
export async function askFirstView(
  url: string,
  needs: FirstViewNeeds,
  { hold, wanted, http = defaultHttpOptions }: AskOptions,
): Promise<Asked[]> {
  const fetchOnce = (at: string) => fetchJson(at, { ...http, retries: 0 });
  const arriving = fetchOnce(url);
  const site: Asked = { source: url, held: hold(url, arriving, (into, raw) => into.site(raw)) };
  const asked = [site];
  const follow = (at: string | undefined, step: Step | undefined) => {
    if (at === undefined || !step) return wanted();
    const raw = fetchOnce(at);
    raw.catch(() => undefined);
    asked.push({
      source: at,
      held: site.held.then((ok) => (ok ? hold(at, raw, step) : undefined)),
    });
  };
  let doc: RawDocument;
  try {
    doc = await arriving;
  } catch {
    return asked;
  }
  // Links are read before the site is validated, to ask a round trip sooner: only strings,
  // only as URLs to ask for; nothing is held unless the site and its page are valid.
  const listed = sectionLinks(doc.body).filter(
    (section) => needs.sections === 'all' || section.slug === needs.sections,
  );
  if (listed.length > earlySections) wanted();
  for (const { slug, href } of listed.slice(0, earlySections)) {
    const step: Step | undefined =
      typeof slug === 'string' ? (into, raw) => into.section(raw, slug) : undefined;
    follow(resolve(href, doc.url), step);
  }
  const template = (doc.body as { article?: unknown } | null)?.article;
  const article = needs.article;
  if (article) {
    // The same URL the writer builds from the validated site (articleUrl).
    const at =
      typeof template === 'string'
        ? resolve(expandArticleTemplate(template, article), doc.url)
        : undefined;
    follow(at, (into, raw) => into.article(raw, article));
  }
  return asked;
}

/** The section links of a site document not yet validated. */
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
