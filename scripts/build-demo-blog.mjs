#!/usr/bin/env node
// Builds the bundled demo blog: demo/ (see demo/FORMAT.md) -> public/content/ (content API v1,
// see the content API contract). Plain Node 20, node: built-ins only.
//
// Everything is read and validated first; public/content/ is deleted and rewritten only when
// the sources are valid, so a failed build leaves the previous output in place. The output is
// deterministic: fixed key order, sorted inputs, JSON.stringify(x, null, 2) + "\n".

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'demo');
const ARTICLES_DIR = join(DEMO, 'articles');
const IMAGES_DIR = join(DEMO, 'images');
const OUT = join(ROOT, 'public', 'content');

const ARTICLE_SLUG_RE = /^[a-z0-9][a-z0-9-]{0,199}$/;
const SECTION_SLUG_RE = /^[a-z0-9][a-z0-9-]{0,99}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const IMAGE_FILE_RE = /^[a-z0-9][a-z0-9._-]*\.svg$/;
const PAGE_SIZE = 6;
const RELATED_COUNT = 3;
const WORDS_PER_MINUTE = 220;
const MIN_WORDS = 150;
const MAX_WORDS = 900;
const MAX_TITLE = 300;
const MAX_EXCERPT = 1000;
const MAX_TAGS = 30;
const MAX_SVG_BYTES = 4096;
const HEADER_KEYS = [
  'title',
  'published',
  'updated',
  'author',
  'author_url',
  'excerpt',
  'tags',
  'image',
];

// Body markup allowed by demo/FORMAT.md: element -> allowed attributes.
const ALLOWED_ELEMENTS = {
  p: [],
  h2: [],
  h3: [],
  blockquote: [],
  ul: [],
  ol: [],
  li: [],
  em: [],
  strong: [],
  a: ['href'],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  figure: [],
  img: ['src', 'width', 'height', 'alt'],
  figcaption: [],
};
// Inline elements do not separate words when tags are stripped for the word count.
const INLINE_ELEMENTS = new Set(['a', 'em', 'strong']);

const errors = new Set();
const fail = (where, message) => errors.add(`${where}: ${message}`);
const rel = (p) => relative(ROOT, p).split('\\').join('/');
const sorted = (list) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function bail() {
  if (errors.size === 0) return;
  console.error(`demo:build failed with ${errors.size} error(s); public/content was not changed:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

function parseAttributes(source) {
  const attrs = new Map();
  const re = /([^\s=/>"']+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  let m;
  while ((m = re.exec(source)) !== null) {
    attrs.set(m[1].toLowerCase(), m[3] ?? m[4] ?? m[5] ?? '');
  }
  return attrs;
}

function decodeEntities(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function countWords(html) {
  const text = decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g, (_, name) =>
        INLINE_ELEMENTS.has(name.toLowerCase()) ? '' : ' ',
      ),
  );
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function readSvg(file, where) {
  const path = join(IMAGES_DIR, file);
  if (!IMAGE_FILE_RE.test(file)) {
    fail(where, `image "${file}" must be a plain lowercase file name ending in .svg`);
    return null;
  }
  if (!existsSync(path)) {
    fail(where, `image "${file}" does not exist in demo/images/`);
    return null;
  }
  const svg = readFileSync(path, 'utf8');
  const root = /<svg\b([^>]*)>/i.exec(svg);
  if (!root) {
    fail(rel(path), 'no <svg> root element');
    return null;
  }
  const attrs = parseAttributes(root[1]);
  const size = (name) => {
    const value = attrs.get(name);
    const m = value === undefined ? null : /^\s*([1-9]\d*)(px)?\s*$/.exec(value);
    if (!m) {
      fail(
        rel(path),
        `the <svg> root lacks a positive integer ${name} attribute (found ${JSON.stringify(value ?? null)})`,
      );
      return null;
    }
    return Number(m[1]);
  };
  const width = size('width');
  const height = size('height');
  return width === null || height === null ? null : { width, height };
}

// --- the site --------------------------------------------------------------------------------

function readBlog() {
  const where = 'demo/blog.json';
  let blog;
  try {
    blog = JSON.parse(readFileSync(join(DEMO, 'blog.json'), 'utf8'));
  } catch (e) {
    fail(where, `cannot be read as JSON (${e.message})`);
    bail();
  }
  const text = (v) => typeof v === 'string' && v.trim() !== '';
  if (!text(blog.title) || blog.title.trim().length > 200)
    fail(where, 'title must be a non-empty string of at most 200 characters');
  if (blog.description !== undefined && typeof blog.description !== 'string')
    fail(where, 'description must be a string');
  if (
    blog.language !== undefined &&
    !(text(blog.language) && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(blog.language))
  )
    fail(where, 'language must be a BCP 47 tag such as "en"');
  if (!Array.isArray(blog.sections) || blog.sections.length < 1 || blog.sections.length > 100) {
    fail(where, 'sections must be a list of 1 to 100 entries');
    bail();
  }
  const seen = new Set();
  for (const [i, s] of blog.sections.entries()) {
    const at = `${where} sections[${i}]`;
    if (typeof s?.slug !== 'string' || !SECTION_SLUG_RE.test(s.slug))
      fail(at, `slug ${JSON.stringify(s?.slug)} does not match ${SECTION_SLUG_RE}`);
    else if (seen.has(s.slug)) fail(at, `slug "${s.slug}" is duplicated`);
    else seen.add(s.slug);
    if (!text(s?.title)) fail(at, 'title must be a non-empty string');
    if (s?.description !== undefined && typeof s.description !== 'string')
      fail(at, 'description must be a string');
  }
  bail();
  return {
    title: blog.title.trim(),
    description: blog.description,
    language: blog.language ?? 'en',
    sections: blog.sections.map((s) => ({
      slug: s.slug,
      title: s.title.trim(),
      description: s.description,
    })),
  };
}

// --- articles --------------------------------------------------------------------------------

function parseHeader(source, where) {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0] !== '---') {
    fail(where, 'must start with a "---" line opening the header block');
    return null;
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    fail(where, 'the header block is not closed by a "---" line');
    return null;
  }
  const header = {};
  for (const [i, line] of lines.slice(1, end).entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon === -1) {
      fail(where, `header line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
      continue;
    }
    const key = line.slice(0, colon).trim();
    if (!HEADER_KEYS.includes(key)) {
      fail(where, `unknown header key "${key}" (allowed: ${HEADER_KEYS.join(', ')})`);
      continue;
    }
    if (Object.hasOwn(header, key)) fail(where, `header key "${key}" appears twice`);
    header[key] = line.slice(colon + 1).trim();
  }
  return {
    header,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}

function checkDate(value, name, where) {
  if (!ISO_RE.test(value) || Number.isNaN(Date.parse(value))) {
    fail(
      where,
      `${name} ${JSON.stringify(value)} is not an ISO 8601 date-time such as 2026-11-26T18:30:00Z`,
    );
    return null;
  }
  return Date.parse(value);
}

function checkBody(body, where) {
  const words = countWords(body);
  if (words < MIN_WORDS || words > MAX_WORDS)
    fail(where, `the body has ${words} words; it must have ${MIN_WORDS}–${MAX_WORDS}`);
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  let m;
  while ((m = tagRe.exec(body.replace(/<!--[\s\S]*?-->/g, ''))) !== null) {
    const [, closing, rawName, rawAttrs] = m;
    const name = rawName.toLowerCase();
    if (!Object.hasOwn(ALLOWED_ELEMENTS, name)) {
      fail(where, `<${name}> is not allowed in a body (see demo/FORMAT.md)`);
      continue;
    }
    if (closing) continue;
    const attrs = parseAttributes(rawAttrs.replace(/\/\s*$/, ''));
    for (const attr of attrs.keys()) {
      if (!ALLOWED_ELEMENTS[name].includes(attr))
        fail(where, `attribute "${attr}" is not allowed on <${name}>`);
    }
    if (name === 'a') {
      const href = attrs.get('href') ?? '';
      let ok;
      try {
        const url = new URL(href);
        ok = url.protocol === 'https:' && /(^|\.)example\.(org|com)$/.test(url.hostname);
      } catch {
        ok = false;
      }
      if (!ok)
        fail(
          where,
          `link ${JSON.stringify(href)} must be an absolute https URL on example.org or example.com`,
        );
    }
    if (name === 'img') {
      const src = attrs.get('src') ?? '';
      const file = /^\.\.\/images\/([^/]+)$/.exec(src);
      if (!file) fail(where, `<img src=${JSON.stringify(src)}> must be "../images/<file>.svg"`);
      else readSvg(file[1], where);
      for (const a of ['width', 'height']) {
        if (!/^[1-9]\d*$/.test(attrs.get(a) ?? ''))
          fail(where, `<img src=${JSON.stringify(src)}> needs a positive integer ${a}`);
      }
      if (!attrs.has('alt')) fail(where, `<img src=${JSON.stringify(src)}> needs an alt attribute`);
    }
  }
  return words;
}

function readArticle(sectionSlug, file) {
  const path = join(ARTICLES_DIR, sectionSlug, file);
  const where = rel(path);
  const slug = file.slice(0, -'.html'.length);
  if (!ARTICLE_SLUG_RE.test(slug))
    fail(where, `slug "${slug}" (the file name) does not match ${ARTICLE_SLUG_RE}`);
  const parsed = parseHeader(readFileSync(path, 'utf8'), where);
  if (!parsed) return null;
  const { header: h, body } = parsed;

  for (const key of ['title', 'published', 'author', 'excerpt']) {
    if (!h[key]) fail(where, `the header lacks "${key}"`);
  }
  if (h.title && h.title.length > MAX_TITLE)
    fail(where, `title has ${h.title.length} characters; at most ${MAX_TITLE}`);
  if (h.excerpt && h.excerpt.length > MAX_EXCERPT)
    fail(where, `excerpt has ${h.excerpt.length} characters; at most ${MAX_EXCERPT}`);

  const published = h.published ? checkDate(h.published, 'published', where) : null;
  const updated = h.updated ? checkDate(h.updated, 'updated', where) : null;
  if (published !== null && updated !== null && updated < published)
    fail(where, `updated (${h.updated}) is before published (${h.published})`);

  let authorUrl;
  if (h.author_url) {
    try {
      const url = new URL(h.author_url);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      authorUrl = h.author_url;
    } catch {
      fail(where, `author_url ${JSON.stringify(h.author_url)} is not an absolute http(s) URL`);
    }
  }

  let tags;
  if (h.tags) {
    tags = h.tags.split(',').map((t) => t.trim());
    if (tags.some((t) => t === '' || t.length > 50))
      fail(where, 'tags must be a comma-separated list of short, non-empty words');
    if (new Set(tags).size !== tags.length) fail(where, 'a tag is listed twice');
    if (tags.length > MAX_TAGS) fail(where, `${tags.length} tags; at most ${MAX_TAGS}`);
  }

  let image;
  if (h.image !== undefined) {
    const bar = h.image.indexOf('|');
    const fileName = (bar === -1 ? h.image : h.image.slice(0, bar)).trim();
    if (bar === -1) fail(where, 'image must be "file.svg | alt text"');
    const size = readSvg(fileName, where);
    if (size) image = { file: fileName, alt: h.image.slice(bar + 1).trim(), ...size };
  }

  const words = checkBody(body, where);
  return {
    slug,
    title: h.title,
    section: sectionSlug,
    published: h.published,
    publishedMs: published,
    updated: h.updated || undefined,
    updatedMs: updated,
    author: { name: h.author, url: authorUrl },
    excerpt: h.excerpt,
    image,
    tags,
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    html: body,
  };
}

function readArticles(sections) {
  const known = new Set(sections.map((s) => s.slug));
  const articles = [];
  if (!existsSync(ARTICLES_DIR)) return articles;
  for (const entry of sorted(readdirSync(ARTICLES_DIR))) {
    if (entry.startsWith('.')) continue;
    const dir = join(ARTICLES_DIR, entry);
    if (!statSync(dir).isDirectory()) {
      fail(rel(dir), 'demo/articles/ may hold only section folders');
      continue;
    }
    if (!known.has(entry)) {
      fail(
        rel(dir),
        `unknown section folder "${entry}" (sections in demo/blog.json: ${[...known].join(', ')})`,
      );
      continue;
    }
    for (const file of sorted(readdirSync(dir))) {
      if (file.startsWith('.')) continue;
      if (!file.endsWith('.html')) {
        fail(rel(join(dir, file)), 'only <article-slug>.html files belong in a section folder');
        continue;
      }
      const article = readArticle(entry, file);
      if (article) articles.push(article);
    }
  }
  const bySlug = new Map();
  for (const a of articles) {
    if (bySlug.has(a.slug))
      fail(
        `demo/articles/${a.section}/${a.slug}.html`,
        `slug "${a.slug}" is also used by demo/articles/${bySlug.get(a.slug).section}/${a.slug}.html`,
      );
    else bySlug.set(a.slug, a);
  }
  return articles;
}

function checkImages() {
  const files = existsSync(IMAGES_DIR)
    ? sorted(readdirSync(IMAGES_DIR).filter((f) => f.endsWith('.svg')))
    : [];
  for (const file of files) {
    const path = join(IMAGES_DIR, file);
    const where = rel(path);
    if (!IMAGE_FILE_RE.test(file))
      fail(where, 'image file names must be lowercase letters, digits, ".", "_" or "-"');
    const bytes = statSync(path).size;
    if (bytes >= MAX_SVG_BYTES) fail(where, `${bytes} bytes; each illustration must be under 4 KB`);
    const svg = readFileSync(path, 'utf8');
    if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg))
      fail(where, 'contains a script, an event handler or foreignObject');
    if (/(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(svg) || /url\(\s*["']?\s*(?!#)/i.test(svg))
      fail(where, 'refers to an external resource');
    const root = /<svg\b([^>]*)>/i.exec(svg);
    if (root && !parseAttributes(root[1]).has('viewbox'))
      fail(where, 'the <svg> root lacks a viewBox attribute');
    readSvg(file, where);
  }
  return files;
}

// --- output ----------------------------------------------------------------------------------

function summary(a, articleHref, imagePrefix) {
  const out = { slug: a.slug, title: a.title, section: a.section };
  if (articleHref !== null) out.href = articleHref;
  out.published = a.published;
  if (a.updated) out.updated = a.updated;
  out.author = a.author.url ? { name: a.author.name, url: a.author.url } : { name: a.author.name };
  out.excerpt = a.excerpt;
  if (a.image)
    out.image = {
      src: imagePrefix + a.image.file,
      alt: a.image.alt,
      width: a.image.width,
      height: a.image.height,
    };
  if (a.tags) out.tags = a.tags;
  out.minutes = a.minutes;
  return out;
}

const newestFirst = (a, b) =>
  b.publishedMs - a.publishedMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function relatedTo(a, articles) {
  const tags = new Set(a.tags ?? []);
  return articles
    .filter((b) => b.slug !== a.slug)
    .map((b) => ({
      b,
      shared: (b.tags ?? []).filter((t) => tags.has(t)).length,
      sameSection: b.section === a.section ? 1 : 0,
      distance: Math.abs(b.publishedMs - a.publishedMs),
    }))
    .sort(
      (x, y) =>
        y.shared - x.shared ||
        y.sameSection - x.sameSection ||
        x.distance - y.distance ||
        (x.b.slug < y.b.slug ? -1 : x.b.slug > y.b.slug ? 1 : 0),
    )
    .slice(0, RELATED_COUNT)
    .map(({ b }) => b);
}

const files = new Map(); // path relative to OUT -> string
const put = (path, data) => files.set(path, JSON.stringify(data, null, 2) + '\n');

const blog = readBlog();
const articles = readArticles(blog.sections);
const images = checkImages();
bail();

let newest = null;
for (const a of articles) {
  for (const [value, ms] of [
    [a.published, a.publishedMs],
    [a.updated, a.updatedMs],
  ]) {
    if (value && (newest === null || ms > newest.ms)) newest = { value, ms };
  }
}

const site = { version: 1, title: blog.title };
if (blog.description !== undefined) site.description = blog.description;
site.language = blog.language;
if (newest) site.updated = newest.value;
site.article = 'articles/{slug}.json';
site.sections = blog.sections.map((s) => {
  const out = { slug: s.slug, title: s.title };
  if (s.description !== undefined) out.description = s.description;
  out.href = `sections/${s.slug}/1.json`;
  return out;
});
put('site.json', site);

let pageCount = 0;
for (const s of blog.sections) {
  const list = articles.filter((a) => a.section === s.slug).sort(newestFirst);
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  for (let page = 1; page <= pages; page++) {
    put(`sections/${s.slug}/${page}.json`, {
      version: 1,
      section: s.slug,
      page,
      pages,
      next: page < pages ? `${page + 1}.json` : null,
      articles: list
        .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
        .map((a) => summary(a, `../../articles/${a.slug}.json`, '../../images/')),
    });
    pageCount++;
  }
}

for (const a of [...articles].sort((x, y) => (x.slug < y.slug ? -1 : 1))) {
  put(`articles/${a.slug}.json`, {
    ...summary(a, null, '../images/'),
    html: a.html,
    related: relatedTo(a, articles).map((b) => summary(b, `${b.slug}.json`, '../images/')),
  });
}

rmSync(OUT, { recursive: true, force: true });
for (const path of sorted(files.keys())) {
  const target = join(OUT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, files.get(path));
}
if (images.length > 0) mkdirSync(join(OUT, 'images'), { recursive: true });
for (const file of images) copyFileSync(join(IMAGES_DIR, file), join(OUT, 'images', file));

console.log(
  `demo:build: wrote ${rel(OUT)}/ with ${blog.sections.length} sections, ${articles.length} articles, ` +
    `${pageCount} section pages, ${images.length} images`,
);
