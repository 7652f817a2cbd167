import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWordPressServer,
  loadDemoBlog,
  type DemoBlog,
  type WordPressServer,
  type WordPressServerOptions,
} from '../../scripts/demo-blogs/wordpress.mjs';

interface Rendered {
  rendered: string;
  protected?: boolean;
}
interface Term {
  id: number;
  slug: string;
  name: string;
  count: number;
  taxonomy: string;
}
interface Media {
  id: number;
  source_url: string;
  alt_text: string;
  media_details: {
    width: number;
    height: number;
    sizes: Record<string, { file: string; source_url: string }>;
  };
}
interface Post {
  id: number;
  date: string;
  date_gmt: string;
  modified: string;
  modified_gmt: string;
  slug: string;
  link: string;
  title: Rendered;
  content: Rendered;
  excerpt: Rendered;
  author: number;
  featured_media: number;
  categories: number[];
  tags: number[];
  _links: Record<string, { href: string }[]>;
  _embedded?: {
    author?: { id: number; name: string }[];
    'wp:featuredmedia'?: Media[];
    'wp:term'?: Term[][];
  };
}
interface WpError {
  code: string;
  message: string;
  data: { status: number; params?: Record<string, string> };
}
interface Article {
  slug: string;
  title: string;
  published: string;
  author: { name: string };
  tags?: string[];
}

const publicContent = fileURLToPath(new URL('../../public/content/', import.meta.url));
/** An article retitled with the characters wptexturize turns into entities. */
const retitled = {
  slug: 'port-ashby-warehouse-plan-wins-approval',
  title: `Port Ashby's "big shed" - approved & signed`,
  rendered: 'Port Ashby&#8217;s &#8220;big shed&#8221; &#8211; approved &amp; signed',
};
const withImage = 'narrows-bridge-opens-to-traffic-six-months-late';
const ZONELESS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

let dir = '';
let blog: DemoBlog;
let origin = '';
let main: WordPressServer;
const started: WordPressServer[] = [];

async function serve(options: WordPressServerOptions = {}): Promise<string> {
  const server = createWordPressServer({ content: blog, ...options });
  started.push(server);
  return server.start();
}

async function get<T>(url: string, init?: RequestInit): Promise<{ response: Response; body: T }> {
  const response = await fetch(url, init);
  return { response, body: (await response.json()) as T };
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
}

/** A section's article slugs as its pages list them (newest first). */
async function sectionSlugs(section: string): Promise<string[]> {
  const slugs: string[] = [];
  let page: string | null = '1.json';
  while (page) {
    const body: { articles: Article[]; next?: string | null } = await readJson(
      `sections/${section}/${page}`,
    );
    slugs.push(...body.articles.map((article) => article.slug));
    page = body.next ?? null;
  }
  return slugs;
}

async function categoryId(slug: string): Promise<number> {
  const { body } = await get<Term[]>(`${origin}/wp-json/wp/v2/categories?slug=${slug}`);
  const id = body[0]?.id;
  if (id === undefined) throw new Error(`no category ${slug}`);
  return id;
}

async function postBySlug(slug: string, query = '', base = origin): Promise<Post> {
  const { body } = await get<Post[]>(`${base}/wp-json/wp/v2/posts?slug=${slug}${query}`);
  expect(body).toHaveLength(1);
  return body[0] as Post;
}

const accessControl = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'paperboy-wordpress-'));
  await cp(publicContent, dir, { recursive: true });
  const articlePath = `articles/${retitled.slug}.json`;
  const article = await readJson<Article>(articlePath);
  await writeFile(join(dir, articlePath), JSON.stringify({ ...article, title: retitled.title }));
  // A section with no article: a category that hide_empty leaves out.
  const site = await readJson<{ sections: unknown[] }>('site.json');
  site.sections.push({
    slug: 'letters',
    title: 'Letters',
    description: 'Letters to the editor.',
    href: 'sections/letters/1.json',
  });
  await writeFile(join(dir, 'site.json'), JSON.stringify(site));
  await mkdir(join(dir, 'sections', 'letters'));
  await writeFile(
    join(dir, 'sections', 'letters', '1.json'),
    JSON.stringify({ version: 1, section: 'letters', page: 1, pages: 1, next: null, articles: [] }),
  );
  blog = await loadDemoBlog(dir);
  main = createWordPressServer({ content: blog });
  started.push(main);
  origin = await main.start();
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  await rm(dir, { recursive: true, force: true });
});

describe('the WordPress demo server', () => {
  it('announces its REST API from the home page and describes it at /wp-json/', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('link')).toBe(`<${origin}/wp-json/>; rel="https://api.w.org/"`);
    expect(await home.text()).toContain('My Blog');

    const { response, body } = await get<{
      name: string;
      description: string;
      namespaces: string[];
      routes: Record<string, unknown>;
    }>(`${origin}/wp-json/`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('link')).toContain(
      `<${origin}/wp-json/>; rel="https://api.w.org/"`,
    );
    expect(body.namespaces).toContain('wp/v2');
    expect(body.name).toBe('My Blog');
    expect(body.description).toBe('News and notes from around the world');
    expect(Object.keys(body.routes)).toEqual(
      expect.arrayContaining([
        '/',
        '/wp/v2/posts',
        '/wp/v2/posts/(?P<id>[\\d]+)',
        '/wp/v2/categories',
      ]),
    );
  });

  it('lists one category per section, by name, hiding the empty ones when asked', async () => {
    const all = await get<Term[]>(`${origin}/wp-json/wp/v2/categories?per_page=100`);
    const names = all.body.map((term) => term.name);
    expect(names).toEqual([...names].sort());
    expect(all.body.find((term) => term.slug === 'letters')?.count).toBe(0);
    expect(all.response.headers.get('x-wp-total')).toBe(String(all.body.length));
    for (const term of all.body) {
      expect(term.count).toBe((await sectionSlugs(term.slug)).length);
    }

    const shown = await get<Term[]>(
      `${origin}/wp-json/wp/v2/categories?hide_empty=true&per_page=100`,
    );
    expect(shown.body.map((term) => term.slug)).not.toContain('letters');
    expect(shown.body).toHaveLength(all.body.length - 1);
    expect(shown.response.headers.get('x-wp-total')).toBe(String(all.body.length - 1));

    const byCount = await get<Term[]>(
      `${origin}/wp-json/wp/v2/categories?orderby=count&order=desc&per_page=2&page=2`,
    );
    const counts = all.body.map((term) => term.count).sort((a, b) => b - a);
    expect(byCount.body.map((term) => term.count)).toEqual(counts.slice(2, 4));
  });

  it("pages a category's posts newest first, and refuses a page past the last", async () => {
    const expected = await sectionSlugs('business');
    const id = await categoryId('business');
    const pages = Math.ceil(expected.length / 2);
    const slugs: string[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const { response, body } = await get<Post[]>(
        `${origin}/wp-json/wp/v2/posts?categories=${id}&per_page=2&page=${page}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-wp-total')).toBe(String(expected.length));
      expect(response.headers.get('x-wp-totalpages')).toBe(String(pages));
      expect(body.length).toBeLessThanOrEqual(2);
      expect(body.every((post) => post.categories.includes(id))).toBe(true);
      slugs.push(...body.map((post) => post.slug));
    }
    expect(slugs).toEqual(expected);

    const past = await get<WpError>(
      `${origin}/wp-json/wp/v2/posts?categories=${id}&per_page=2&page=${pages + 1}`,
    );
    expect(past.response.status).toBe(400);
    expect(past.body).toEqual({
      code: 'rest_post_invalid_page_number',
      message: 'The page number requested is larger than the number of pages available.',
      data: { status: 400 },
    });
  });

  it('answers page 1 of an empty result with [] and refuses a per_page out of range', async () => {
    const empty = await get<Post[]>(
      `${origin}/wp-json/wp/v2/posts?categories=${await categoryId('letters')}`,
    );
    expect(empty.response.status).toBe(200);
    expect(empty.body).toEqual([]);
    expect(empty.response.headers.get('x-wp-total')).toBe('0');
    expect(empty.response.headers.get('x-wp-totalpages')).toBe('0');

    for (const perPage of ['0', '101', 'ten']) {
      const bad = await get<WpError>(`${origin}/wp-json/wp/v2/posts?per_page=${perPage}`);
      expect(bad.response.status).toBe(400);
      expect(bad.body.code).toBe('rest_invalid_param');
      expect(Object.keys(bad.body.data.params ?? {})).toEqual(['per_page']);
    }
    const badPage = await get<WpError>(`${origin}/wp-json/wp/v2/categories?page=0`);
    expect(badPage.response.status).toBe(400);
    expect(badPage.body.data.params).toEqual({ page: 'page must be greater than or equal to 1' });
    const wider = await serve({ perPageMax: 200 });
    expect((await fetch(`${wider}/wp-json/wp/v2/posts?per_page=150`)).status).toBe(200);
  });

  it('finds posts by slug, and answers [] for an unknown one', async () => {
    const article = await readJson<Article & { updated?: string }>(
      `articles/${retitled.slug}.json`,
    );
    const post = await postBySlug(retitled.slug);
    expect(post.link).toBe(`${origin}/2026/11/${retitled.slug}/`);
    expect(post.date).toBe(article.published.replace(/Z$/, ''));
    expect(post.modified).toBe(article.updated?.replace(/Z$/, ''));

    const two = await get<Post[]>(
      `${origin}/wp-json/wp/v2/posts?slug=${retitled.slug},${withImage}`,
    );
    expect(two.body.map((found) => found.slug).sort()).toEqual([retitled.slug, withImage].sort());

    const unknown = await get<Post[]>(`${origin}/wp-json/wp/v2/posts?slug=no-such-post`);
    expect(unknown.response.status).toBe(200);
    expect(unknown.body).toEqual([]);
  });

  it("writes dates in WordPress's format, with no zone suffix", async () => {
    const { body } = await get<Post[]>(`${origin}/wp-json/wp/v2/posts?per_page=100`);
    expect(body).toHaveLength(blog.posts.length);
    for (const post of body) {
      for (const date of [post.date, post.date_gmt, post.modified, post.modified_gmt]) {
        expect(date).toMatch(ZONELESS);
      }
    }
  });

  it('renders titles and excerpts the way wptexturize does, as entities', async () => {
    const post = await postBySlug(retitled.slug);
    expect(post.title.rendered).toBe(retitled.rendered);
    expect(post.excerpt.rendered).toMatch(/^<p>.*Port Ashby&#8217;s container terminal.*<\/p>\n$/);
    expect(post.content.rendered).toContain('&#8220;This site has been');
    expect(post.content.protected).toBe(false);
  });

  it('embeds the author, the featured image and the terms with _embed', async () => {
    const article = await readJson<Article>(`articles/${withImage}.json`);
    const post = await postBySlug(withImage, '&_embed');
    const embedded = post._embedded;
    expect(embedded?.author?.[0]?.name).toBe(article.author.name);
    const media = embedded?.['wp:featuredmedia']?.[0];
    expect(media?.id).toBe(post.featured_media);
    expect(media?.source_url).toBe(`${origin}/wp-content/uploads/2026/11/world-bridge.svg`);
    expect(media?.media_details.sizes.full?.source_url).toBe(media?.source_url);
    expect(embedded?.['wp:term']?.[0]?.map((term) => term.slug)).toEqual(['world-news']);
    expect(embedded?.['wp:term']?.[1]?.map((term) => term.slug)).toEqual(article.tags);

    const image = await fetch(media?.source_url ?? '');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(await image.text()).toMatch(/^<svg/);

    const authorOnly = await postBySlug(withImage, '&_embed=author');
    expect(Object.keys(authorOnly._embedded ?? {})).toEqual(['author']);
    const plain = await postBySlug(retitled.slug, '&_embed=author,wp:featuredmedia,wp:term');
    expect(plain.featured_media).toBe(0);
    expect(Object.keys(plain._embedded ?? {}).sort()).toEqual(['author', 'wp:term']);
    expect((await postBySlug(withImage))._embedded).toBeUndefined();
  });

  it('answers the same under /wp-json/ and ?rest_route=', async () => {
    const pretty = await get<Post[]>(`${origin}/wp-json/wp/v2/posts?per_page=3&page=2`);
    const plain = await get<Post[]>(`${origin}/?rest_route=/wp/v2/posts&per_page=3&page=2`);
    expect(plain.response.status).toBe(200);
    expect(plain.body).toEqual(pretty.body);
    expect(plain.response.headers.get('x-wp-total')).toBe(
      pretty.response.headers.get('x-wp-total'),
    );
    expect((await fetch(`${origin}/index.php?rest_route=/`)).status).toBe(200);
  });

  it('with plain permalinks, serves only ?rest_route= and links to it', async () => {
    const plainOrigin = await serve({ pretty: false });
    const refused = await fetch(`${plainOrigin}/wp-json/`);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await fetch(`${plainOrigin}/wp-json/wp/v2/posts`)).status).toBe(404);

    const home = await fetch(`${plainOrigin}/`);
    const root = /^<([^>]+)>; rel="https:\/\/api\.w\.org\/"$/.exec(
      home.headers.get('link') ?? '',
    )?.[1];
    expect(root).toMatch(/\?rest_route=\/$/);
    const index = await get<{ namespaces: string[] }>(root ?? '');
    expect(index.body.namespaces).toContain('wp/v2');

    const { body } = await get<Post[]>(`${plainOrigin}/?rest_route=/wp/v2/posts&per_page=1`);
    const post = body[0] as Post;
    expect(post.link).toBe(`${plainOrigin}/?p=${post.id}`);
    expect(post._links.self?.[0]?.href).toContain(`?rest_route=/wp/v2/posts/${post.id}`);
  });

  it('sends CORS headers with cors on, and none with cors off', async () => {
    const fromApp = await fetch(`${origin}/wp-json/wp/v2/posts?per_page=1`, {
      headers: { Origin: 'https://reader.example' },
    });
    expect(fromApp.headers.get('access-control-allow-origin')).toBe('https://reader.example');
    expect(fromApp.headers.get('access-control-allow-credentials')).toBe('true');
    expect(fromApp.headers.get('access-control-expose-headers')).toBe(
      'X-WP-Total, X-WP-TotalPages, Link',
    );
    expect(fromApp.headers.get('vary')).toBe('Origin');
    // With no Origin, WordPress names none and sends no credentials header.
    const anywhere = await fetch(`${origin}/wp-json/`);
    expect(anywhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(anywhere.headers.get('access-control-allow-credentials')).toBeNull();
    expect(anywhere.headers.get('access-control-expose-headers')).toBe(
      'X-WP-Total, X-WP-TotalPages, Link',
    );
    expect(anywhere.headers.get('vary')).toBe('Origin');
    const preflight = await fetch(`${origin}/wp-json/wp/v2/posts`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://reader.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    const image = await fetch(`${origin}/wp-content/uploads/2026/11/world-bridge.svg`);
    expect(image.headers.get('access-control-allow-origin')).toBe('*');

    const closed = await serve({ cors: false });
    for (const response of [
      await fetch(`${closed}/wp-json/wp/v2/posts`, {
        headers: { Origin: 'https://reader.example' },
      }),
      await fetch(`${closed}/wp-json/wp/v2/posts`, { method: 'OPTIONS' }),
      await fetch(`${closed}/wp-content/uploads/2026/11/world-bridge.svg`),
    ]) {
      expect(response.status).toBe(200);
      expect(accessControl(response)).toEqual([]);
    }
  });

  it('answers rest_no_route everywhere when the REST API is disabled', async () => {
    const disabled = await serve({ restDisabled: true });
    for (const url of [
      `${disabled}/wp-json/`,
      `${disabled}/wp-json/wp/v2/posts`,
      `${disabled}/?rest_route=/wp/v2/categories`,
    ]) {
      const { response, body } = await get<WpError>(url);
      expect(response.status).toBe(404);
      expect(body).toEqual({
        code: 'rest_no_route',
        message: 'No route was found matching the URL and request method.',
        data: { status: 404 },
      });
    }
  });

  it('answers 401 rest_not_logged_in when the site requires a login', async () => {
    const locked = await serve({ login: true });
    const { response, body } = await get<WpError>(`${locked}/wp-json/wp/v2/posts`);
    expect(response.status).toBe(401);
    expect(body).toEqual({
      code: 'rest_not_logged_in',
      message: 'You are not currently logged in.',
      data: { status: 401 },
    });
  });

  it('redirects REST requests to the login page when the site sends readers there', async () => {
    const guarded = await serve({ redirectToLogin: true });
    for (const asked of [`${guarded}/wp-json/wp/v2/posts?per_page=1`, `${guarded}/?rest_route=/`]) {
      const response = await fetch(asked, { redirect: 'manual' });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(`${location.origin}${location.pathname}`).toBe(`${guarded}/wp-login.php`);
      expect(location.searchParams.get('redirect_to')).toBe(asked);
      const login = await fetch(location);
      expect(login.status).toBe(200);
      expect(login.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await login.text()).toContain('loginform');
    }
  });

  it('empties the content and excerpt of password-protected posts', async () => {
    const guarded = await serve({ protectedSlugs: [retitled.slug] });
    const locked = await postBySlug(retitled.slug, '', guarded);
    expect(locked.content).toEqual({ rendered: '', protected: true });
    expect(locked.excerpt).toEqual({ rendered: '', protected: true });
    expect(locked.title.rendered).toBe(retitled.rendered);
    const open = await postBySlug(withImage, '', guarded);
    expect(open.content.protected).toBe(false);
    expect(open.content.rendered).not.toBe('');
  });

  it('names Jetpack’s related posts with jetpack on, the blog’s own related articles', async () => {
    const plain = await postBySlug(withImage);
    expect(plain).not.toHaveProperty('jetpack-related-posts');
    const jetpack = await serve({ jetpack: true });
    const post = await postBySlug(withImage, '', jetpack);
    const doc = await readJson<{ related: Article[] }>(`articles/${withImage}.json`);
    const entries = (
      post as unknown as Record<string, { id: number; url: string; date: string }[]>
    )['jetpack-related-posts'];
    expect(entries?.length).toBe(doc.related.length);
    for (const [index, entry] of (entries ?? []).entries()) {
      const related = doc.related[index] as Article;
      expect(entry.url).toContain(`/${related.slug}/`);
      // A display date in the site's format, not a date to read.
      expect(entry.date).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      const { body } = await get<Post>(`${jetpack}/wp-json/wp/v2/posts/${entry.id}`);
      expect(body.slug).toBe(related.slug);
    }
  });

  it('finds posts by id with include, in that order with orderby=include', async () => {
    const [first, second] = await Promise.all([postBySlug(withImage), postBySlug(retitled.slug)]);
    const ids = `${second.id},${first.id}`;
    const asked = await get<Post[]>(`${origin}/wp-json/wp/v2/posts?include=${ids}&orderby=include`);
    expect(asked.body.map((post) => post.id)).toEqual([second.id, first.id]);
    const newest = await get<Post[]>(`${origin}/wp-json/wp/v2/posts?include=${ids}`);
    expect(newest.body.map((post) => post.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('answers only the fields _fields names, embedding only with _links and _embedded', async () => {
    const base = `${origin}/wp-json/wp/v2/posts?slug=${withImage}&_embed=author`;
    const [bare] = (await get<Post[]>(`${base}&_fields=id,title`)).body;
    expect(Object.keys(bare ?? {}).sort()).toEqual(['id', 'title']);
    const [embedded] = (await get<Post[]>(`${base}&_fields=id,_links,_embedded`)).body;
    expect(Object.keys(embedded ?? {}).sort()).toEqual(['_embedded', '_links', 'id']);
    expect(embedded?._embedded?.author?.[0]?.name).toBeTruthy();
  });

  it('serves single posts, and 404s what it does not have', async () => {
    const post = await postBySlug(withImage, '&_embed');
    const single = await get<Post>(`${origin}/wp-json/wp/v2/posts/${post.id}?_embed`);
    expect(single.body).toEqual(post);
    expect((await get<Post>(`${origin}/?rest_route=/wp/v2/posts/${post.id}`)).body.slug).toBe(
      withImage,
    );

    const missing = await get<WpError>(`${origin}/wp-json/wp/v2/posts/99999`);
    expect(missing.response.status).toBe(404);
    expect(missing.body.code).toBe('rest_post_invalid_id');
    for (const route of ['wp/v2/nothing-here', 'wp/v2/users', 'wp/v2']) {
      const noRoute = await get<WpError>(`${origin}/wp-json/${route}`);
      expect(noRoute.response.status).toBe(404);
      expect(noRoute.body.code).toBe('rest_no_route');
    }
    const page = await fetch(`${origin}/no-such-page/`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('records each request and can answer late', async () => {
    await fetch(`${origin}/wp-json/wp/v2/posts?per_page=1&_embed`);
    expect(main.requests).toContain('/wp-json/wp/v2/posts?per_page=1&_embed');

    const slow = await serve({ delayMs: 150 });
    const before = performance.now();
    await fetch(`${slow}/wp-json/`);
    expect(performance.now() - before).toBeGreaterThanOrEqual(140);
  });
});
