import { describe, expect, it } from 'vitest';
import { detectBlog } from '../../src/model/detect';
import { rawSite } from '../factories';
import { origin, restRoot, wpIndex } from './wordpress/documents';
import { rejectedFaultOf as faultOf } from './fault';

type Answer = Response | 'cors' | 'down';

/** A fetch that answers by URL; 'cors' fails as a cross-origin page without CORS headers does. */
function web(pages: Record<string, () => Answer>) {
  const asked: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    asked.push(url);
    const page =
      pages[url]?.() ??
      new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    if (page === 'down') throw new TypeError('Failed to fetch');
    if (page === 'cors') {
      if (init?.mode === 'no-cors') return { type: 'opaque', status: 0 } as Response;
      throw new TypeError('Failed to fetch');
    }
    return page;
  };
  return {
    asked,
    options: { timeoutMs: 5_000, maxBytes: 100_000, fetch: fetch as typeof globalThis.fetch },
  };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: {
      'Content-Type': 'application/json; charset=UTF-8',
      ...(init.headers as Record<string, string>),
    },
  });
const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers } });

/** A body served in chunks of 16 KB, counting the chunks read. */
function chunked(body: string, type: string) {
  const size = 16 * 1024;
  const served = { chunks: 0 };
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const start = served.chunks * size;
      if (start >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(start, start + size));
      served.chunks += 1;
    },
  });
  return {
    served,
    size,
    response: () => new Response(stream, { headers: { 'Content-Type': type } }),
  };
}

describe('detectBlog', () => {
  it('reads no more of a long document than tells its kind: a JSON Feed', async () => {
    const url = 'https://blog.example/feed.json';
    const items = Array.from({ length: 4000 }, (_, id) => ({
      id: `${id}`,
      content_text: 'x'.repeat(200),
    }));
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Long "Notes"',
      items,
    });
    const feed = chunked(body, 'application/feed+json');
    const { options } = web({ [url]: feed.response });
    expect(await detectBlog(url, options)).toEqual({
      kind: 'json-feed',
      url,
      title: 'Long "Notes"',
    });
    expect(feed.served.chunks * feed.size).toBeLessThan(body.length / 2);
  });

  it('reads no more of a long document than tells its kind: a REST root of many routes', async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, index) => [`/wp/v2/route-${index}`, { methods: ['GET'] }]),
    );
    // As WordPress writes its JSON, every "/" escaped.
    const body = JSON.stringify({ ...wpIndex(), routes }).replace(/\//g, '\\/');
    const root = chunked(body, 'application/json; charset=UTF-8');
    const { options } = web({ [restRoot]: root.response });
    expect(await detectBlog(restRoot, options)).toEqual({
      kind: 'wordpress',
      url: restRoot,
      title: 'Harbour & Hill',
    });
    expect(root.served.chunks * root.size).toBeLessThan(body.length / 2);
  });

  it('knows a content API site document', async () => {
    const url = 'https://blog.example/content/site.json';
    const { options } = web({ [url]: () => json(rawSite()) });
    expect(await detectBlog(url, options)).toMatchObject({ kind: 'content-api', url });
  });

  it('knows a WordPress REST root by its wp/v2 namespace, and names it', async () => {
    // WordPress sends its REST answers with the Link header its home page has.
    const link = { Link: `<${restRoot}>; rel="https://api.w.org/"` };
    const { options } = web({ [restRoot]: () => json(wpIndex(), { headers: link }) });
    expect(await detectBlog(restRoot, options)).toEqual({
      kind: 'wordpress',
      url: restRoot,
      title: 'Harbour & Hill',
    });
  });

  it('follows a home page’s Link header to the REST root', async () => {
    const { options } = web({
      [`${origin}/`]: () =>
        html('<h1>Harbour</h1>', { Link: `<${origin}/?rest_route=/>; rel="https://api.w.org/"` }),
    });
    expect(await detectBlog(`${origin}/`, options)).toMatchObject({
      kind: 'wordpress',
      url: `${origin}/?rest_route=/`,
    });
  });

  it('reads the REST root from the home page’s own <link>', async () => {
    const { options } = web({
      [`${origin}/`]: () =>
        html(
          `<!doctype html><head><link rel='https://api.w.org/' href='${origin}/wp-json/' /></head>`,
        ),
    });
    expect(await detectBlog(`${origin}/`, options)).toMatchObject({
      kind: 'wordpress',
      url: restRoot,
    });
  });

  it('tries WordPress’s own REST root where the home page is closed to other sites', async () => {
    const { options, asked } = web({
      [`${origin}/news/`]: () => 'cors',
      [`${origin}/news/wp-json/`]: () => json(wpIndex()),
    });
    expect(await detectBlog(`${origin}/news/`, options)).toMatchObject({
      kind: 'wordpress',
      url: `${origin}/news/wp-json/`,
    });
    // The home page, closed to other sites, is not even asked for: a REST root answers first.
    expect(asked).toEqual([`${origin}/news/?rest_route=%2F`, `${origin}/news/wp-json/`]);
  });

  it('tries ?rest_route= where pretty permalinks are off', async () => {
    const { options } = web({
      [`${origin}/`]: () => html('<h1>Harbour</h1>'),
      [`${origin}/?rest_route=%2F`]: () => json(wpIndex()),
    });
    expect(await detectBlog(`${origin}/`, options)).toMatchObject({
      kind: 'wordpress',
      url: `${origin}/?rest_route=%2F`,
    });
  });

  it('says so when the REST API is off, or behind a login', async () => {
    const noRoute = () =>
      json({ code: 'rest_no_route', message: 'No route', data: { status: 404 } }, { status: 404 });
    const off = web({
      [`${origin}/`]: () => html('<h1>Harbour</h1>'),
      [`${origin}/wp-json/`]: noRoute,
      [`${origin}/?rest_route=%2F`]: noRoute,
    });
    expect(await faultOf(detectBlog(`${origin}/`, off.options))).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'rest_no_route',
    });
    const login = () =>
      json({ code: 'rest_not_logged_in', message: 'x', data: { status: 401 } }, { status: 401 });
    const closed = web({
      [`${origin}/`]: () => html('<h1>Harbour</h1>'),
      [`${origin}/wp-json/`]: login,
    });
    expect(await faultOf(detectBlog(`${origin}/`, closed.options))).toMatchObject({
      kind: 'http',
      status: 401,
    });
  });

  it('says a site closed to other sites is, when nothing else answers', async () => {
    const { options } = web({
      [`${origin}/`]: () => 'cors',
      [`${origin}/wp-json/`]: () => 'cors',
      [`${origin}/?rest_route=%2F`]: () => 'cors',
    });
    expect(await faultOf(detectBlog(`${origin}/`, options))).toMatchObject({ kind: 'cors' });
  });

  it('says plainly when an address is no blog it reads, or no address at all', async () => {
    const { options } = web({ 'https://shop.example/': () => html('<h1>Shop</h1>') });
    expect(await faultOf(detectBlog('https://shop.example/', options))).toMatchObject({
      kind: 'not-a-blog',
      reason: 'unknown',
    });
    expect(await faultOf(detectBlog('javascript:alert(1)', options))).toMatchObject({
      kind: 'not-a-blog',
      reason: 'not-an-address',
    });
  });

  it('knows a JSON Feed by its version, RSS by <rss>, Atom by its namespace', async () => {
    const xml = (body: string) =>
      new Response(body, { headers: { 'Content-Type': 'application/xml' } });
    const { options } = web({
      'https://notes.example/feed.json': () =>
        json({ version: 'https://jsonfeed.org/version/1.1', title: 'Notes', items: [] }),
      'https://notes.example/rss': () =>
        xml('<?xml version="1.0"?><!-- a comment --><rss version="2.0"><channel/></rss>'),
      'https://notes.example/atom': () =>
        xml(
          '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title></feed>',
        ),
    });
    expect(await detectBlog('https://notes.example/feed.json', options)).toMatchObject({
      kind: 'json-feed',
      url: 'https://notes.example/feed.json',
    });
    expect((await detectBlog('https://notes.example/rss', options)).kind).toBe('rss');
    expect((await detectBlog('https://notes.example/atom', options)).kind).toBe('atom');
  });

  it('follows the feed a blog’s home page names in its head, JSON Feed first', async () => {
    const { options } = web({
      'https://notes.example/': () =>
        html(`<!doctype html><html><head>
          <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
          <link rel="alternate" type="application/feed+json" href="/feed.json">
        </head></html>`),
      'https://notes.example/feed.json': () =>
        json({ version: 'https://jsonfeed.org/version/1', title: 'Notes', items: [] }),
    });
    expect(await detectBlog('https://notes.example/', options)).toMatchObject({
      kind: 'json-feed',
      url: 'https://notes.example/feed.json',
    });
  });
});
