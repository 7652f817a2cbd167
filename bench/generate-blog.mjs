/**
 * A synthetic blog in the content API v1 format (docs/content-api.md), as large as the bench
 * needs: `node bench/generate-blog.mjs <dir> [count]` writes site.json, sections/<slug>/<n>.json
 * and articles/<slug>.json into <dir>, the same layout as public/content.
 *
 * Everything is deterministic from the seed, and every document is a pure function of its
 * index and the options (makeArticle, makeSummary, makeSectionPage, makeSite), so in-page
 * bench code builds the very same documents without a file system. The text is generated
 * from a word list; about half the articles carry a picture that points at one of the demo
 * blog's images under /content/images/.
 *
 * Never commit the output: write it to a temporary directory or to bench/.work/.
 */

/**
 * @typedef {object} BlogOptions
 * @property {number} [articles]   how many articles the blog holds (default 10,000)
 * @property {number} [sections]   how many sections (default 8)
 * @property {number} [perPage]    summaries per section page (default 20, at most 100)
 * @property {number} [seed]       the seed every document derives from (default 1)
 * @property {string} [imageBase]  where the demo pictures live (default "/content/images/")
 */

/**
 * @typedef {object} Picture
 * @property {string} src
 * @property {string} alt
 * @property {number} width
 * @property {number} height
 */

/**
 * @typedef {object} SummaryDoc
 * @property {string} slug
 * @property {string} title
 * @property {string} section
 * @property {string} href
 * @property {string} published
 * @property {string} [updated]
 * @property {{ name: string, url?: string }} author
 * @property {string} excerpt
 * @property {Picture} [image]
 * @property {string[]} tags
 * @property {number} minutes
 */

/**
 * @typedef {Omit<SummaryDoc, 'href'> & { version: 1, html: string, related: SummaryDoc[] }} ArticleDoc
 */

/**
 * @typedef {object} SectionPageDoc
 * @property {1} version
 * @property {string} section
 * @property {number} page
 * @property {number} pages
 * @property {string | null} next
 * @property {SummaryDoc[]} articles
 */

/**
 * @typedef {object} SiteDoc
 * @property {1} version
 * @property {string} title
 * @property {string} description
 * @property {string} language
 * @property {string} updated
 * @property {string} article
 * @property {{ slug: string, title: string, description: string, href: string }[]} sections
 */

const defaults = {
  articles: 10_000,
  sections: 8,
  perPage: 20,
  seed: 1,
  imageBase: '/content/images/',
};

/** @param {BlogOptions} [options] */
function resolved(options = {}) {
  const merged = { ...defaults, ...options };
  if (!Number.isInteger(merged.articles) || merged.articles < 0) {
    throw new RangeError('articles must be a whole number ≥ 0');
  }
  if (!Number.isInteger(merged.sections) || merged.sections < 1 || merged.sections > 100) {
    throw new RangeError('sections must be a whole number from 1 to 100');
  }
  if (!Number.isInteger(merged.perPage) || merged.perPage < 1 || merged.perPage > 100) {
    throw new RangeError('perPage must be a whole number from 1 to 100');
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Randomness: one small generator per (seed, index, purpose), so documents are independent.

/** @param {number} a @returns {() => number} uniform in [0, 1) */
function mulberry32(a) {
  let state = a >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {number} seed @param {number} index @param {number} purpose */
function streamFor(seed, index, purpose) {
  let h = 2166136261 ^ seed;
  for (const part of [index, purpose, seed * 31 + 7]) {
    h = Math.imul(h ^ part, 16777619);
    h ^= h >>> 13;
  }
  return mulberry32(h);
}

/** @template T @param {() => number} rng @param {readonly T[]} list @returns {T} */
function pick(rng, list) {
  return /** @type {T} */ (list[Math.floor(rng() * list.length)]);
}

/** @param {() => number} rng @param {number} low @param {number} high inclusive */
function between(rng, low, high) {
  return low + Math.floor(rng() * (high - low + 1));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: invented for the bench.

/** @param {string} list */
function wordList(list) {
  return list.trim().split(/\s+/);
}

const nouns = wordList(`
  harbour council river valley market festival library bridge station observatory orchard
  ferry museum school league choir theatre garden railway island village factory workshop
  archive tower coast forest reservoir clinic bakery cooperative stadium canal lighthouse
  meadow committee district workforce budget survey season record plan project vote report
  trial study rota contract exhibition concert harvest crew fleet scheme network quarter
  gallery campaign regatta summit
`);
const adjectives = wordList(`
  quiet new old northern southern coastal local small busy late early shared public rural
  annual final open narrow wide bright careful steady modest sudden long short fresh
  familiar restored historic independent seasonal volunteer regional temporary permanent
`);
const verbs = wordList(`
  opens closes approves rejects extends restores doubles halves wins loses launches delays
  expands revives measures counts welcomes announces reviews funds rebuilds tests records
  finds reopens plans
`);
const fillers = wordList(`
  the a its their this that after before during with without for from near across along
  beside under over and but while because although since when where which who most many
  several some every each few more less still already again often rarely said says expects
  hopes argued agreed warned noted added asked people residents officials visitors
  volunteers members researchers families workers traders players readers teachers drivers
  owners week month year morning evening night spring summer autumn winter
`);
const places = wordList(`
  Dunmere Kelby Larkhaven Orrin Veyra Halvarn Kessmoor Fallowmere Saltmere Tarrow Wendle
  Brenmoor Ardley Northfell Ashby Marevia Ostrava Serrin Vellmouth Harrowgate Gullford
  Pellin Quarrow Thistlebay
`);
const firstNames = wordList(`
  Ines Tomas Priya Devi Tobias Mabli Rosalind Hanna Petra Oskar Lena Marek Ada Yusuf Noor
  Elin Caspar Wren Iola Bram
`);
const lastNames = wordList(`
  Marlow Reyke Halden Ashcombe Fenwright Orchard Keverne Vell Quell Strand Moss Carrow
  Penhale Idris Tallis Brook Severn Lowe
`);
const tagWords = wordList(`
  politics elections trade ports transport jobs climate rivers farming health schools
  music theatre books film football rowing athletics astronomy ecology islands housing
  labour rail energy history food weather technology local diplomacy budget festivals
  libraries science
`);
const sectionNames = [
  ['world-news', 'World News'],
  ['science', 'Science'],
  ['culture', 'Culture'],
  ['business', 'Business'],
  ['sport', 'Sport'],
  ['travel', 'Travel'],
  ['health', 'Health'],
  ['technology', 'Technology'],
  ['opinion', 'Opinion'],
  ['local', 'Local'],
];
/** Demo pictures that exist in public/content/images, with their alt text. */
const pictures = [
  ['business-cargo-train.svg', 'A diesel locomotive pulling container wagons past green hills'],
  ['business-market-stall.svg', 'A market stall stacked with crates of fruit under an awning'],
  ['culture-orrin-valley-loom.svg', 'A wooden loom with a half-woven patterned cloth'],
  ['culture-theatre-curtain.svg', 'A heavy red theatre curtain above an empty stage'],
  ['science-kessmoor-observatory-dome.svg', 'An observatory dome open to a starry sky'],
  ['science-northfell-seed-vault.svg', 'The entrance of a seed vault cut into a snowy hillside'],
  ['sport-rowing-boat.svg', 'A rowing eight gliding across calm water'],
  ['sport-stadium.svg', 'A floodlit football stadium with a full stand'],
  ['world-ballot-box.svg', 'A ballot paper dropping into a transparent ballot box'],
  ['world-bridge.svg', 'A long road bridge crossing a wide estuary'],
  ['world-harbour-cranes.svg', 'Gantry cranes over stacked containers on a quay'],
  ['world-island-ferry.svg', 'A ferry leaving a small island harbour'],
  ['world-ostrava-vale-map.svg', 'A map of a river valley with its towns marked'],
  ['world-river-dam.svg', 'A concrete dam holding back a green reservoir'],
];

/** The first moment of the blog: article 0 is the newest, each later one is older. */
const newest = Date.UTC(2026, 10, 28, 12, 0, 0);
const minute = 60_000;

/** @param {string} word */
function capital(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** @param {number} time */
function isoMinute(time) {
  return new Date(time).toISOString().slice(0, 16) + ':00Z';
}

/** @param {() => number} rng @param {number} words */
function sentence(rng, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) {
    const roll = rng();
    if (roll < 0.45) out.push(pick(rng, fillers));
    else if (roll < 0.7) out.push(pick(rng, nouns));
    else if (roll < 0.82) out.push(pick(rng, adjectives));
    else if (roll < 0.94) out.push(pick(rng, verbs));
    else out.push(pick(rng, places));
  }
  const text = out.join(' ');
  return capital(text) + (rng() < 0.1 ? '?' : '.');
}

/** @param {() => number} rng @param {number} words @returns {[string, number]} text and words used */
function paragraph(rng, words) {
  const sentences = [];
  let used = 0;
  while (used < words) {
    const length = Math.min(between(rng, 8, 22), Math.max(4, words - used));
    sentences.push(sentence(rng, length));
    used += length;
  }
  return [sentences.join(' '), used];
}

// ---------------------------------------------------------------------------------------------
// Documents.

/** The section slugs and titles of a blog with this many sections. */
export function sectionList(count = defaults.sections) {
  return Array.from({ length: count }, (_, i) => {
    const known = sectionNames[i];
    return known
      ? { slug: known[0], title: known[1] }
      : { slug: `section-${i + 1}`, title: `Section ${i + 1}` };
  });
}

/** @param {number} index @param {BlogOptions} [options] the section slug of article `index` */
export function sectionOf(index, options) {
  const { sections } = resolved(options);
  return sectionList(sections)[index % sections]?.slug ?? '';
}

/**
 * The fields an article and its summaries share, without the body and the link.
 * @param {number} index 0 is the newest article
 * @param {ReturnType<typeof resolved>} o
 * @returns {Omit<SummaryDoc, 'href'>}
 */
function sharedFields(index, o) {
  const rng = streamFor(o.seed, index, 1);
  const place = pick(rng, places);
  const titleWords = [
    place,
    pick(rng, nouns),
    pick(rng, verbs),
    pick(rng, adjectives),
    pick(rng, nouns),
  ];
  for (let extra = between(rng, 0, 4); extra > 0; extra -= 1) {
    titleWords.push(rng() < 0.5 ? pick(rng, fillers) : pick(rng, nouns));
  }
  const title = capital(titleWords.join(' '));
  const slug = `${titleWords.join('-').toLowerCase()}-${index + 1}`;
  const published = newest - index * 20 * minute - between(rng, 0, 19) * minute;
  const first = pick(rng, firstNames);
  const last = pick(rng, lastNames);
  const author =
    rng() < 0.7
      ? {
          name: `${first} ${last}`,
          url: `https://example.org/authors/${first.toLowerCase()}-${last.toLowerCase()}`,
        }
      : { name: `${first} ${last}` };
  const excerpt = [sentence(rng, between(rng, 14, 26)), sentence(rng, between(rng, 8, 20))].join(
    ' ',
  );
  /** @type {string[]} */
  const tags = [];
  for (let count = between(rng, 1, 5); tags.length < count;) {
    const tag = pick(rng, tagWords);
    if (!tags.includes(tag)) tags.push(tag);
  }
  const words = bodyWords(o.seed, index);
  const withPicture = rng() < 0.5;
  const picture = pick(rng, pictures);
  const updated = rng() < 0.3 ? published + between(rng, 30, 24 * 60) * minute : undefined;
  return {
    slug,
    title,
    section: sectionOf(index, o),
    published: isoMinute(published),
    ...(updated === undefined ? {} : { updated: isoMinute(updated) }),
    author,
    excerpt,
    ...(withPicture
      ? {
          image: { src: `${o.imageBase}${picture[0]}`, alt: picture[1], width: 1200, height: 675 },
        }
      : {}),
    tags,
    minutes: Math.max(1, Math.ceil(words / 220)),
  };
}

/**
 * Article `index`'s summary as a list or a related entry names it. `href` is relative to the
 * article documents' folder (articles/); pass `hrefPrefix` to link from elsewhere.
 * @param {number} index 0 is the newest article
 * @param {BlogOptions} [options]
 * @param {string} [hrefPrefix] e.g. "../../articles/" from a section page
 * @returns {SummaryDoc}
 */
export function makeSummary(index, options, hrefPrefix = '') {
  const fields = sharedFields(index, resolved(options));
  return { ...fields, href: `${hrefPrefix}${fields.slug}.json` };
}

/** How many words article `index`'s body holds: 600 to 1,500. @param {number} seed @param {number} index */
function bodyWords(seed, index) {
  return between(streamFor(seed, index, 2), 600, 1500);
}

/**
 * The body of article `index`: paragraphs, subheadings, a quote and a list or two.
 * @param {number} index
 * @param {BlogOptions} [options]
 */
export function makeBody(index, options) {
  const { seed } = resolved(options);
  const target = bodyWords(seed, index);
  const rng = streamFor(seed, index, 3);
  const parts = [];
  let words = 0;
  let sinceHeading = 0;
  while (words < target) {
    const roll = rng();
    if (sinceHeading >= 3 && roll < 0.3) {
      const heading = capital(
        [pick(rng, adjectives), pick(rng, nouns), pick(rng, fillers), pick(rng, nouns)].join(' '),
      );
      parts.push(`<h2>${heading}</h2>`);
      words += 4;
      sinceHeading = 0;
    } else if (roll < 0.06) {
      const [text, used] = paragraph(rng, between(rng, 15, 40));
      parts.push(`<blockquote><p>“${text}”</p></blockquote>`);
      words += used;
    } else if (roll < 0.1) {
      const items = [];
      for (let n = between(rng, 3, 6); n > 0; n -= 1) {
        const [text, used] = paragraph(rng, between(rng, 5, 14));
        items.push(`<li>${text}</li>`);
        words += used;
      }
      parts.push(`<ul>${items.join('')}</ul>`);
    } else {
      const [text, used] = paragraph(rng, Math.min(between(rng, 40, 110), target - words + 4));
      parts.push(`<p>${text}</p>`);
      words += used;
      sinceHeading += 1;
    }
  }
  return parts.join('\n');
}

/**
 * The indices of up to three related articles: neighbours in the same section.
 * @param {number} index @param {BlogOptions} [options]
 */
export function relatedOf(index, options) {
  const { articles, sections } = resolved(options);
  const related = [];
  for (const step of [1, -1, 2]) {
    const other = index + step * sections;
    if (other >= 0 && other < articles) related.push(other);
  }
  return related;
}

/**
 * Article document `index` (0 is the newest), as served at articles/<slug>.json.
 * @param {number} index
 * @param {BlogOptions} [options]
 * @returns {ArticleDoc}
 */
export function makeArticle(index, options) {
  const o = resolved(options);
  return {
    version: 1,
    ...sharedFields(index, o),
    html: makeBody(index, o),
    related: relatedOf(index, o).map((other) => makeSummary(other, o)),
  };
}

/**
 * The article indices of one section, newest first.
 * @param {number} sectionIndex @param {BlogOptions} [options]
 */
export function sectionArticles(sectionIndex, options) {
  const { articles, sections } = resolved(options);
  const out = [];
  for (let index = sectionIndex; index < articles; index += sections) out.push(index);
  return out;
}

/**
 * Page `page` (1-based) of section `sectionIndex`, as served at sections/<slug>/<page>.json.
 * @param {number} sectionIndex
 * @param {number} page
 * @param {BlogOptions} [options]
 * @returns {SectionPageDoc}
 */
export function makeSectionPage(sectionIndex, page, options) {
  const o = resolved(options);
  const all = sectionArticles(sectionIndex, o);
  const pages = Math.max(1, Math.ceil(all.length / o.perPage));
  const slice = all.slice((page - 1) * o.perPage, page * o.perPage);
  return {
    version: 1,
    section: sectionList(o.sections)[sectionIndex]?.slug ?? '',
    page,
    pages,
    next: page < pages ? `${page + 1}.json` : null,
    articles: slice.map((index) => makeSummary(index, o, '../../articles/')),
  };
}

/** @param {BlogOptions} [options] @returns {SiteDoc} */
export function makeSite(options) {
  const o = resolved(options);
  return {
    version: 1,
    title: 'Bench Blog',
    description: 'A synthetic blog for the Paperboy benchmarks',
    language: 'en',
    updated: isoMinute(newest),
    article: 'articles/{slug}.json',
    sections: sectionList(o.sections).map(({ slug, title }) => ({
      slug,
      title,
      description: `Generated articles about ${title.toLowerCase()}.`,
      href: `sections/${slug}/1.json`,
    })),
  };
}

/**
 * Writes a whole blog into `dir` (created if missing): site.json, every section page and
 * every article document.
 * @param {BlogOptions & { dir: string }} options
 * @returns {Promise<{ slugs: string[], sections: string[] }>}
 */
export async function generateBlog({ dir, ...rest }) {
  const o = resolved(rest);
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const sections = sectionList(o.sections).map((section) => section.slug);
  await mkdir(join(dir, 'articles'), { recursive: true });
  for (const slug of sections) await mkdir(join(dir, 'sections', slug), { recursive: true });

  await writeFile(join(dir, 'site.json'), JSON.stringify(makeSite(o), null, 2));
  for (const [sectionIndex, slug] of sections.entries()) {
    const { pages } = makeSectionPage(sectionIndex, 1, o);
    for (let page = 1; page <= pages; page += 1) {
      const doc = makeSectionPage(sectionIndex, page, o);
      await writeFile(join(dir, 'sections', slug, `${page}.json`), JSON.stringify(doc, null, 2));
    }
  }

  /** @type {string[]} */
  const slugs = new Array(o.articles);
  let next = 0;
  const worker = async () => {
    while (next < o.articles) {
      const index = next;
      next += 1;
      const doc = makeArticle(index, o);
      slugs[index] = doc.slug;
      await writeFile(join(dir, 'articles', `${doc.slug}.json`), JSON.stringify(doc));
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return { slugs, sections };
}

async function main() {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate-blog.mjs <dir> [count]');
    process.exitCode = 2;
    return;
  }
  const articles = count === undefined ? defaults.articles : Number(count);
  const started = performance.now();
  const { slugs, sections } = await generateBlog({ dir, articles });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${slugs.length} articles in ${sections.length} sections to ${dir} in ${seconds} s`,
  );
}

if (
  typeof process !== 'undefined' &&
  process.argv?.[1] &&
  import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href
) {
  await main();
}
