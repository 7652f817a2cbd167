import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { countWords } from '../../src/model/reading';
import { parseSectionPage } from '../../src/model/section';
import { articleUrl, parseSite } from '../../src/model/site';
import type { Article, SectionPage, Site } from '../../src/model/types';

/** The demo blog as the built app serves it: public/ is the web root of https://app.test/. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const publicDir = join(root, 'public');
const origin = 'https://app.test';
const siteUrl = `${origin}/content/site.json`;

/** The file under public/ that an absolute URL on the app's origin names. */
function fileOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== origin) throw new Error(`${url} leaves the app's origin`);
  if (parsed.search || parsed.hash) throw new Error(`${url} is not a plain file URL`);
  return join(publicDir, decodeURIComponent(parsed.pathname));
}

function read(url: string): { url: string; body: unknown } {
  return { url, body: JSON.parse(readFileSync(fileOf(url), 'utf8')) as unknown };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const site: Site = parseSite(read(siteUrl));

/** Every page of every section, following page 1 → next → … */
const pagesBySection = new Map<string, SectionPage[]>(
  site.sections.map((section) => {
    const pages: SectionPage[] = [];
    for (let href: string | undefined = section.href; href; href = pages.at(-1)?.next) {
      if (pages.length > 50) throw new Error(`${section.slug} does not end`);
      pages.push(parseSectionPage(read(href)));
    }
    return [section.slug, pages];
  }),
);

const articlesDir = join(publicDir, 'content', 'articles');
const articleFiles = readdirSync(articlesDir).filter((name) => name.endsWith('.json'));
const articles: Article[] = articleFiles.map((name) =>
  parseArticle(read(`${origin}/content/articles/${name}`)),
);
const articleBySlug = new Map(articles.map((article) => [article.slug, article]));

describe('the demo blog in public/content', () => {
  it('has a valid site document titled "My Blog" with at least 5 sections including World News', () => {
    expect(site.title).toBe('My Blog');
    expect(site.sections.length).toBeGreaterThanOrEqual(5);
    expect(site.sections.map((s) => s.title)).toContain('World News');
  });

  it('has no JSON file that the app never reaches or parses', () => {
    const reached = new Set([
      fileOf(siteUrl),
      ...[...pagesBySection.values()].flat().map((page) => fileOf(page.url)),
      ...articleFiles.map((name) => join(articlesDir, name)),
    ]);
    const json = filesUnder(join(publicDir, 'content')).filter((path) => path.endsWith('.json'));
    expect(json.filter((path) => !reached.has(path)).map((path) => relative(root, path))).toEqual(
      [],
    );
  });

  it.each(site.sections.map((s) => [s.slug]))(
    'section %s: every page is valid, skips nothing and runs 1..pages',
    (slug) => {
      const pages = pagesBySection.get(slug) ?? [];
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((page, index) => {
        expect(page.section).toBe(slug);
        expect(page.skipped).toBe(0);
        expect(page.page).toBe(index + 1);
        expect(page.pages).toBe(pages.length);
        expect(page.articles.length).toBeGreaterThan(0);
        for (const summary of page.articles) expect(summary.section).toBe(slug);
      });
      expect(pages.at(-1)?.next).toBeUndefined();
    },
  );

  it('lists each section newest first, across its pages', () => {
    for (const pages of pagesBySection.values()) {
      const published = pages.flatMap((page) => page.articles.map((a) => Date.parse(a.published)));
      expect(published).toEqual([...published].sort((a, b) => b - a));
    }
  });

  it('has at least one section with 3 or more pages', () => {
    const longest = Math.max(...[...pagesBySection.values()].map((pages) => pages.length));
    expect(longest).toBeGreaterThanOrEqual(3);
  });

  it('has at least 36 valid articles with unique slugs matching their file names', () => {
    expect(articles.length).toBeGreaterThanOrEqual(36);
    expect(articleBySlug.size).toBe(articles.length);
    articles.forEach((article, index) => {
      expect(`${article.slug}.json`).toBe(articleFiles[index]);
      expect(site.sections.map((s) => s.slug)).toContain(article.section);
    });
  });

  it.each(articleFiles.map((name) => [name]))('%s has a body of 150 to 900 words', (name) => {
    const article = articles[articleFiles.indexOf(name)];
    const words = countWords(article?.html ?? '');
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(900);
  });

  it('gives every article exactly 3 related posts, each an existing article with its title', () => {
    for (const article of articles) {
      expect(article.related, article.slug).toHaveLength(3);
      for (const related of article.related) {
        expect(related.slug, article.slug).not.toBe(article.slug);
        expect(existsSync(fileOf(related.href)), related.href).toBe(true);
        const target = articleBySlug.get(related.slug);
        expect(target, related.slug).toBeDefined();
        expect(related.href).toBe(`${origin}/content/articles/${related.slug}.json`);
        expect(related.title).toBe(target?.title);
      }
    }
  });

  it('has at least 5 articles with an image that exists and has a width and height', () => {
    const pictured = articles.filter((article) => article.image);
    for (const article of pictured) {
      const image = article.image;
      expect(image?.src.startsWith(`${origin}/content/images/`), image?.src).toBe(true);
      expect(existsSync(fileOf(image?.src ?? '')), image?.src).toBe(true);
      expect(image?.width, article.slug).toBeGreaterThan(0);
      expect(image?.height, article.slug).toBeGreaterThan(0);
      expect(image?.alt.trim(), article.slug).not.toBe('');
    }
    expect(pictured.length).toBeGreaterThanOrEqual(5);
  });

  it('has unique slugs across the whole blog, sections included', () => {
    const listed = [...pagesBySection.values()]
      .flat()
      .flatMap((p) => p.articles.map((a) => a.slug));
    expect(new Set(listed).size).toBe(listed.length);
    const sectionSlugs = site.sections.map((s) => s.slug);
    expect(new Set(sectionSlugs).size).toBe(sectionSlugs.length);
  });

  it('lists every article in exactly one section page, and only existing articles', () => {
    const listed = [...pagesBySection.values()].flat().flatMap((page) => page.articles);
    for (const summary of listed) {
      const article = articleBySlug.get(summary.slug);
      expect(article, summary.slug).toBeDefined();
      expect(summary.title).toBe(article?.title);
      expect(summary.section).toBe(article?.section);
      expect(summary.published).toBe(article?.published);
      expect(summary.href).toBe(`${origin}/content/articles/${summary.slug}.json`);
      expect(existsSync(fileOf(summary.href)), summary.href).toBe(true);
    }
    expect(listed.map((s) => s.slug).sort()).toEqual([...articleBySlug.keys()].sort());
  });

  it('finds every article through the site template too', () => {
    for (const slug of articleBySlug.keys()) {
      expect(existsSync(fileOf(articleUrl(site, slug))), slug).toBe(true);
    }
  });
});

describe('the app bundle', () => {
  const sources = filesUnder(join(root, 'src'));

  it('does not mention the demo articles', () => {
    const offenders = sources.filter((path) =>
      readFileSync(path, 'utf8').includes('content/articles'),
    );
    expect(offenders.map((path) => relative(root, path))).toEqual([]);
  });

  it('does not import anything from public/', () => {
    const importFromPublic =
      /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`][^'"`]*\bpublic\//;
    const offenders = sources.filter((path) => importFromPublic.test(readFileSync(path, 'utf8')));
    expect(offenders.map((path) => relative(root, path))).toEqual([]);
  });
});
