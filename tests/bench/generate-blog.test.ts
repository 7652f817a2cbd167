import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { parseSectionPage } from '../../src/model/section';
import { parseSite } from '../../src/model/site';

/** The generator is plain JSDoc-typed Node ESM; the app's tsconfig does not read JS, so say its shape here. */
interface Generator {
  generateBlog(options: {
    dir: string;
    articles?: number;
    sections?: number;
    perPage?: number;
    seed?: number;
  }): Promise<{ slugs: string[]; sections: string[] }>;
  makeArticle(
    index: number,
    options?: { articles?: number; sections?: number; seed?: number },
  ): {
    slug: string;
    html: string;
    published: string;
    image?: { src: string };
  };
}

const generatorUrl = new URL('../../bench/generate-blog.mjs', import.meta.url).href;
const load = () => import(/* @vite-ignore */ generatorUrl) as Promise<Generator>;

const base = 'https://blog.example/content/';
const publicImages = new URL('../../public/content/images/', import.meta.url);

let dir = '';
let generator: Generator;
let blog: { slugs: string[]; sections: string[] };

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, path), 'utf8')) as unknown;
}

beforeAll(async () => {
  generator = await load();
  dir = await mkdtemp(join(tmpdir(), 'paperboy-blog-'));
  blog = await generator.generateBlog({ dir, articles: 130, sections: 4, perPage: 10, seed: 7 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generateBlog', () => {
  it('writes a site, every section page and every article, all accepted by the app', async () => {
    const site = parseSite({ url: `${base}site.json`, body: await readJson('site.json') });
    expect(site.sections.map((s) => s.slug)).toEqual(blog.sections);
    expect(blog.slugs).toHaveLength(130);
    expect(new Set(blog.slugs).size).toBe(130);

    const listed: string[] = [];
    for (const section of site.sections) {
      let href: string | undefined = section.href;
      let lastPublished = Infinity;
      while (href) {
        const path = href.slice(base.length);
        const page = parseSectionPage({ url: href, body: await readJson(path) });
        expect(page.skipped).toBe(0);
        expect(page.section).toBe(section.slug);
        for (const summary of page.articles) {
          const published = Date.parse(summary.published);
          expect(published).toBeLessThan(lastPublished);
          lastPublished = published;
          listed.push(summary.slug);
          expect(summary.href).toBe(`${base}articles/${summary.slug}.json`);
        }
        href = page.next;
      }
    }
    expect(listed.sort()).toEqual([...blog.slugs].sort());

    const files = await readdir(join(dir, 'articles'));
    expect(files).toHaveLength(130);
    for (const slug of blog.slugs) {
      const url = `${base}articles/${slug}.json`;
      const article = parseArticle({ url, body: await readJson(`articles/${slug}.json`) });
      expect(article.slug).toBe(slug);
      for (const related of article.related) {
        expect(blog.slugs).toContain(related.slug);
        expect(related.href).toBe(`${base}articles/${related.slug}.json`);
      }
    }
  });

  it('builds the same documents from the same seed, and other ones from another', async () => {
    const again = generator.makeArticle(42, { articles: 130, sections: 4, seed: 7 });
    expect(again).toEqual(await readJson(`articles/${blog.slugs[42]}.json`));
    const other = generator.makeArticle(42, { articles: 130, sections: 4, seed: 8 });
    expect(other.html).not.toBe(again.html);
  });

  it('writes realistic bodies, newest first, half with a demo picture that exists', async () => {
    const options = { articles: 400, sections: 8, seed: 1 };
    const docs = Array.from({ length: 400 }, (_, i) => generator.makeArticle(i, options));
    const words = docs.map((doc) =>
      doc.html
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean),
    );
    expect(Math.min(...words.map((w) => w.length))).toBeGreaterThanOrEqual(600);
    expect(Math.max(...words.map((w) => w.length))).toBeLessThanOrEqual(1600);
    for (const tag of ['<p>', '<h2>', '<blockquote>', '<ul>']) {
      expect(docs.some((doc) => doc.html.includes(tag))).toBe(true);
    }
    for (let i = 1; i < docs.length; i += 1) {
      expect(Date.parse(docs[i]!.published)).toBeLessThan(Date.parse(docs[i - 1]!.published));
    }
    const pictured = docs.filter((doc) => doc.image);
    expect(pictured.length).toBeGreaterThan(150);
    expect(pictured.length).toBeLessThan(250);
    const available = new Set(await readdir(publicImages));
    for (const doc of pictured) {
      expect(doc.image!.src).toMatch(/^\/content\/images\//);
      expect(available.has(doc.image!.src.slice('/content/images/'.length))).toBe(true);
    }
  });
});
