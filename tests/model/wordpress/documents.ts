/**
 * WordPress REST (wp/v2) documents in the shape the REST API handbook documents, written for
 * these tests, and a fetch that answers them as a WordPress site would.
 */

export const origin = 'https://wp.example';
export const restRoot = `${origin}/wp-json/`;

export function wpIndex(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Harbour &amp; Hill',
    description: 'Notes from a small port town',
    url: origin,
    home: origin,
    gmt_offset: 0,
    timezone_string: 'UTC',
    namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
    authentication: {},
    routes: {},
    ...overrides,
  };
}

export function wpCategory(
  id: number,
  slug: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    count: 3,
    description: '',
    link: `${origin}/category/${slug}/`,
    name: slug.charAt(0).toUpperCase() + slug.slice(1),
    slug,
    taxonomy: 'category',
    parent: 0,
    meta: [],
    ...overrides,
  };
}

export function wpPost(
  id: number,
  slug: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    date: '2026-11-20T10:15:00',
    date_gmt: '2026-11-20T09:15:00',
    guid: { rendered: `${origin}/?p=${id}` },
    modified: '2026-11-21T08:00:00',
    modified_gmt: '2026-11-21T07:00:00',
    slug,
    status: 'publish',
    type: 'post',
    link: `${origin}/2026/11/${slug}/`,
    title: { rendered: `The harbour&#8217;s ${slug}` },
    content: {
      rendered: `<p>Body of ${slug}, with <a href="/about/">a link</a>.</p>\n`,
      protected: false,
    },
    excerpt: { rendered: `<p>Excerpt of ${slug} [&hellip;]</p>\n`, protected: false },
    author: 2,
    featured_media: 31,
    comment_status: 'open',
    ping_status: 'open',
    sticky: false,
    template: '',
    format: 'standard',
    meta: [],
    categories: [5],
    tags: [8],
    _links: {},
    _embedded: {
      author: [
        { id: 2, name: 'Orla Penhallow', url: '', link: `${origin}/author/orla/`, slug: 'orla' },
      ],
      'wp:featuredmedia': [
        {
          id: 31,
          source_url: `${origin}/wp-content/uploads/2026/11/quay.jpg`,
          alt_text: 'The quay at dawn',
          media_type: 'image',
          mime_type: 'image/jpeg',
          media_details: { width: 1200, height: 800, sizes: {} },
        },
      ],
      'wp:term': [
        [
          {
            id: 5,
            name: 'Town',
            slug: 'town',
            taxonomy: 'category',
            link: `${origin}/category/town/`,
          },
        ],
        [
          {
            id: 8,
            name: 'Boats &amp; Nets',
            slug: 'boats',
            taxonomy: 'post_tag',
            link: `${origin}/tag/boats/`,
          },
        ],
      ],
    },
    ...overrides,
  };
}

export interface WpAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Answers by path and query as WordPress would; records each URL asked for. */
export function wordpressFetch(answer: (url: URL) => WpAnswer | undefined) {
  const asked: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input));
    asked.push(url.href);
    const found = answer(url) ?? {
      status: 404,
      body: {
        code: 'rest_no_route',
        message: 'No route was found matching the URL and request method.',
        data: { status: 404 },
      },
    };
    return new Response(JSON.stringify(found.body), {
      status: found.status ?? 200,
      headers: { 'Content-Type': 'application/json; charset=UTF-8', ...found.headers },
    });
  };
  return { asked, fetch: fetch as typeof globalThis.fetch };
}

/** The route of a REST URL in either form: "wp/v2/posts". */
export function routeOf(url: URL): string {
  const plain = url.searchParams.get('rest_route');
  const path = plain ?? url.pathname.replace(/^\/wp-json/, '');
  return path.replace(/^\/+|\/+$/g, '');
}
