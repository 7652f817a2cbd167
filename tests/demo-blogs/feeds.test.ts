import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedServer, type FeedServer } from '../../scripts/demo-blogs/feeds.mjs';

interface Article {
  slug: string;
  title: string;
  published: string;
  updated?: string;
  author: { name: string };
  excerpt: string;
  tags?: string[];
  image?: { src: string };
  html: string;
}
interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors: { name: string }[];
  tags: string[];
}
interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  next_url?: string;
  items: JsonFeedItem[];
}
/** An element of the RSS document: its attributes, its text, its children. */
interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

const publicContent = fileURLToPath(new URL('../../public/content/', import.meta.url));
/** An article retitled and rewritten with what XML must escape, and a CDATA end marker. */
const awkward = {
  slug: 'port-ashby-warehouse-plan-wins-approval',
  title: 'Fish & chips <for two>',
  excerpt: 'Cod & haddock, <b>not</b> plaice.',
  html: '<p>Marker ]]> here, and ]]]]> there.</p>\n',
};
const withImage = 'narrows-bridge-opens-to-traffic-six-months-late';
const withBodyImage = 'larkhaven-players-turn-a-disused-ferry-terminal-into-a-theatre';
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

let dir = '';
/** The articles, newest first. */
let articles: Article[] = [];
let jsonOrigin = '';
let rssOrigin = '';
let jsonServer: FeedServer;
const started: FeedServer[] = [];

async function start(server: FeedServer): Promise<string> {
  started.push(server);
  return server.start();
}

/** The RSS document as a tree, parsed by a conforming XML parser (which throws on bad XML). */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: '', attributes: {}, text: '', children: [] };
  const open = [root];
  const top = () => open.at(-1) as Element;
  parser.on('opentag', (tag) => {
    const element: Element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    };
    top().children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => (top().text += text));
  parser.on('cdata', (text) => (top().text += text));
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return root.children[0] as Element;
}

const child = (element: Element | undefined, name: string) =>
  element?.children.find((found) => found.name === name);
const childrenNamed = (element: Element | undefined, name: string) =>
  element?.children.filter((found) => found.name === name) ?? [];

/** A description is HTML: the plain excerpt, escaped for HTML, reads back as the excerpt. */
function expectHtmlOf(html: string | undefined, text: string) {
  expect(html).not.toMatch(/[<>]/);
  expect(decodeHTML(html ?? '')).toBe(text);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'paperboy-feeds-'));
  await cp(publicContent, dir, { recursive: true });
  const path = join(dir, 'articles', `${awkward.slug}.json`);
  const article = JSON.parse(await readFile(path, 'utf8')) as Article;
  await writeFile(path, JSON.stringify({ ...article, ...awkward }));
  const files = await readdir(join(dir, 'articles'));
  articles = await Promise.all(
    files.map(
      async (file) => JSON.parse(await readFile(join(dir, 'articles', file), 'utf8')) as Article,
    ),
  );
  articles.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  jsonServer = createFeedServer({ content: dir, format: 'json-feed' });
  jsonOrigin = await start(jsonServer);
  rssOrigin = await start(createFeedServer({ content: dir, format: 'rss' }));
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  await rm(dir, { recursive: true, force: true });
});

const bySlug = (slug: string) => articles.find((article) => article.slug === slug) as Article;

describe('the JSON Feed demo server', () => {
  it('pages every article newest first, 20 a page, following next_url', async () => {
    const pages: JsonFeed[] = [];
    for (let url: string | undefined = `${jsonOrigin}/feed.json`; url;) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/feed+json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const page = (await response.json()) as JsonFeed;
      pages.push(page);
      url = page.next_url;
    }
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, articles.length - 40]);
    expect(pages[1]?.next_url).toBe(`${jsonOrigin}/feed.json?page=3`);
    const [first] = pages;
    expect(first?.version).toBe('https://jsonfeed.org/version/1.1');
    expect(first?.title).toBe('My Blog');
    expect(first?.description).toBe('News and notes from around the world');
    expect(first?.language).toBe('en');
    expect(first?.home_page_url).toBe(`${jsonOrigin}/`);
    expect(first?.feed_url).toBe(`${jsonOrigin}/feed.json`);
    const items = pages.flatMap((page) => page.items);
    expect(items.map((item) => item.url)).toEqual(
      articles.map((article) => `${jsonOrigin}/articles/${article.slug}/`),
    );

    for (const page of ['4', '0', 'two']) {
      expect((await fetch(`${jsonOrigin}/feed.json?page=${page}`)).status).toBe(404);
    }
  });

  it('gives each item its id, dates, author, tags, summary, body and picture', async () => {
    const items = await allJsonItems();
    for (const item of items) {
      const article = bySlug(item.url.split('/').at(-2) ?? '');
      expect(item.id).toBe(item.url);
      expect(item.title).toBe(article.title);
      expect(item.summary).toBe(article.excerpt);
      expect(item.date_published).toMatch(RFC3339);
      expect(Date.parse(item.date_published)).toBe(Date.parse(article.published));
      expect(Date.parse(item.date_modified)).toBe(Date.parse(article.updated ?? article.published));
      expect(item.authors).toEqual([expect.objectContaining({ name: article.author.name })]);
      expect(item.tags).toEqual(article.tags ?? []);
      expect(item.image !== undefined).toBe(article.image !== undefined);
    }

    const pictured = items.find((item) => item.url.includes(withImage));
    expect(pictured?.image).toBe(`${jsonOrigin}/images/world-bridge.svg`);
    const image = await fetch(pictured?.image ?? '');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(image.headers.get('access-control-allow-origin')).toBe('*');
    expect(await image.text()).toMatch(/^<svg/);
    const body = items.find((item) => item.url.includes(withBodyImage))?.content_html;
    expect(body).toContain(`src="${jsonOrigin}/images/culture-theatre-curtain.svg"`);
  });

  it('carries titles and summaries as plain text, & and < included', async () => {
    const item = (await allJsonItems()).find((found) => found.url.includes(awkward.slug));
    expect(item?.title).toBe(awkward.title);
    expect(item?.summary).toBe(awkward.excerpt);
    expect(item?.content_html).toBe(awkward.html);
  });

  it('names its feed on its home page, answers preflights and logs requests', async () => {
    const home = await fetch(`${jsonOrigin}/`);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await home.text()).toContain(
      '<link rel="alternate" type="application/feed+json" href="/feed.json">',
    );
    const preflight = await fetch(`${jsonOrigin}/feed.json`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${jsonOrigin}/site.json`)).status).toBe(404);
    expect(jsonServer.requests).toContain('/feed.json?page=2');

    const slow = await start(createFeedServer({ content: dir, delayMs: 150 }));
    const before = performance.now();
    await fetch(`${slow}/feed.json`);
    expect(performance.now() - before).toBeGreaterThanOrEqual(140);
  });
});

describe('the RSS demo server', () => {
  it('serves every article in one RSS 2.0 document, newest first', async () => {
    const response = await fetch(`${rssOrigin}/feed.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=UTF-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const rss = parseXml(await response.text());
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(child(channel, 'title')?.text).toBe('My Blog');
    expect(child(channel, 'link')?.text).toBe(`${rssOrigin}/`);
    expect(child(channel, 'description')?.text).toBe('News and notes from around the world');
    expect(child(channel, 'language')?.text).toBe('en');

    const items = childrenNamed(channel, 'item');
    expect(items.map((item) => child(item, 'link')?.text)).toEqual(
      articles.map((article) => `${rssOrigin}/articles/${article.slug}/`),
    );
    for (const [index, item] of items.entries()) {
      const article = articles[index] as Article;
      const guid = child(item, 'guid');
      expect(guid?.text).toBe(child(item, 'link')?.text);
      expect(guid?.attributes.isPermaLink).toBe('false');
      const pubDate = child(item, 'pubDate')?.text ?? '';
      expect(pubDate).toMatch(RFC822);
      expect(Date.parse(pubDate)).toBe(Date.parse(article.published));
      expect(child(item, 'dc:creator')?.text).toBe(article.author.name);
      expect(childrenNamed(item, 'category').map((tag) => tag.text)).toEqual(article.tags ?? []);
      expectHtmlOf(child(item, 'description')?.text, article.excerpt);
      expect(child(item, 'enclosure') !== undefined).toBe(article.image !== undefined);
    }

    const pictured = items.find((item) => child(item, 'link')?.text.includes(withImage));
    const enclosure = child(pictured, 'enclosure')?.attributes;
    expect(enclosure?.url).toBe(`${rssOrigin}/images/world-bridge.svg`);
    expect(enclosure?.type).toBe('image/svg+xml');
    const { size } = await stat(join(dir, 'images', 'world-bridge.svg'));
    expect(enclosure?.length).toBe(String(size));
    const image = await fetch(enclosure?.url ?? '');
    expect(image.headers.get('access-control-allow-origin')).toBe('*');
    expect(Number(image.headers.get('content-length'))).toBe(size);
  });

  it('escapes & and < in titles, and splits a CDATA end marker in a body', async () => {
    const xml = await (await fetch(`${rssOrigin}/feed.xml`)).text();
    expect(xml).toContain('<title>Fish &amp; chips &lt;for two&gt;</title>');
    expect(xml).toContain(']]]]><![CDATA[>');
    const item = childrenNamed(child(parseXml(xml), 'channel'), 'item').find((found) =>
      child(found, 'link')?.text.includes(awkward.slug),
    );
    expect(child(item, 'title')?.text).toBe(awkward.title);
    expect(xml).toContain('Cod &amp;amp; haddock, &amp;lt;b&amp;gt;not');
    expectHtmlOf(child(item, 'description')?.text, awkward.excerpt);
    expect(child(item, 'content:encoded')?.text).toBe(awkward.html);
    const body = childrenNamed(child(parseXml(xml), 'channel'), 'item')
      .map((found) => child(found, 'content:encoded')?.text ?? '')
      .find((html) => html.includes('culture-theatre-curtain'));
    expect(body).toContain(`src="${rssOrigin}/images/culture-theatre-curtain.svg"`);
  });

  it('names its feed on its home page', async () => {
    expect(await (await fetch(`${rssOrigin}/`)).text()).toContain(
      '<link rel="alternate" type="application/rss+xml" href="/feed.xml">',
    );
    expect((await fetch(`${rssOrigin}/feed.json`)).status).toBe(404);
  });
});

async function allJsonItems(): Promise<JsonFeedItem[]> {
  const items: JsonFeedItem[] = [];
  for (let url: string | undefined = `${jsonOrigin}/feed.json`; url;) {
    const page = (await (await fetch(url)).json()) as JsonFeed;
    items.push(...page.items);
    url = page.next_url;
  }
  return items;
}
