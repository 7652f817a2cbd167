import { describe, expect, it, vi } from 'vitest';
import { wordpressBlog } from '../../../src/model/wordpress/blog';
import {
  origin,
  restRoot,
  routeOf,
  wordpressFetch,
  wpCategory,
  wpIndex,
  wpPost,
  type WpAnswer,
} from './documents';
import { rejectedFaultOf as faultOf } from '../fault';

const town = wpCategory(5, 'town', {
  name: 'Town &amp; Quay',
  description: 'Streets <em>and</em> people',
  count: 41,
});
const empty = wpCategory(6, 'weather', { count: 0 });

function site(answer: (url: URL) => WpAnswer | undefined = () => undefined, root = restRoot) {
  const served = wordpressFetch((url) => {
    const route = routeOf(url);
    if (route === '') return { body: wpIndex() };
    if (route === 'wp/v2/categories') return { body: [town, empty] };
    return answer(url);
  });
  const blog = wordpressBlog(root, { timeoutMs: 5_000, maxBytes: 1_000_000, fetch: served.fetch });
  return { blog, asked: served.asked };
}

const pageHref = (page = 1) =>
  `${restRoot}wp/v2/posts?categories=5&per_page=20&page=${page}&_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm`;

describe('a WordPress site', () => {
  it('is named by its REST root, and its sections are the categories with posts', async () => {
    const { blog, asked } = site();
    const read = await blog.site();
    expect(read).toMatchObject({
      url: restRoot,
      title: 'Harbour & Hill',
      description: 'Notes from a small port town',
      language: 'en',
      sections: [
        {
          slug: 'town',
          title: 'Town & Quay',
          description: 'Streets and people',
          href: pageHref(1),
        },
      ],
    });
    const categories = new URL(asked[1] as string);
    expect(routeOf(categories)).toBe('wp/v2/categories');
    expect(categories.searchParams.get('hide_empty')).toBe('true');
    expect(categories.searchParams.get('per_page')).toBe('100');
    expect(read.articleTemplate).toBe(
      `${restRoot}wp/v2/posts?slug={slug}&_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm`,
    );
  });

  it('works where pretty permalinks are off, through ?rest_route=', async () => {
    const { blog, asked } = site(undefined, `${origin}/?rest_route=/`);
    const read = await blog.site();
    expect(asked[0]).toBe(`${origin}/?rest_route=/`);
    const href = new URL(read.sections[0]?.href ?? '');
    expect(href.pathname).toBe('/');
    expect(href.searchParams.get('rest_route')).toBe('/wp/v2/posts');
    expect(href.searchParams.get('categories')).toBe('5');
  });

  it('refuses a REST root without wp/v2, and a site with no posts', async () => {
    const bare = wordpressFetch(() => ({ body: wpIndex({ namespaces: ['oembed/1.0'] }) }));
    const options = { timeoutMs: 5_000, maxBytes: 100_000, fetch: bare.fetch };
    expect(await faultOf(wordpressBlog(restRoot, options).site())).toMatchObject({
      kind: 'invalid',
      path: 'namespaces',
    });
    const none = wordpressFetch((url) => ({ body: routeOf(url) === '' ? wpIndex() : [empty] }));
    const blog = wordpressBlog(restRoot, { ...options, fetch: none.fetch });
    expect(await faultOf(blog.site())).toMatchObject({
      kind: 'invalid',
      problem: 'has no published posts in any category yet',
    });
  });

  it('reads a section page in one request, whole articles included', async () => {
    const { blog, asked } = site((url) =>
      routeOf(url) === 'wp/v2/posts'
        ? {
            body: [wpPost(12, 'nets'), wpPost(11, 'tides')],
            headers: { 'X-WP-TotalPages': '3', 'X-WP-Total': '41' },
          }
        : undefined,
    );
    const page = await blog.sectionPage(pageHref(1), { section: 'town', page: 1 });
    expect(asked).toEqual([pageHref(1)]);
    expect(page).toMatchObject({
      section: 'town',
      page: 1,
      pages: 3,
      next: pageHref(2),
      skipped: 0,
    });
    expect(page.articles.map((summary) => summary.slug)).toEqual(['nets', 'tides']);
    expect(page.articles[0]).not.toHaveProperty('html');
    expect(page.full?.[0]).toEqual({
      slug: 'nets',
      title: 'The harbour’s nets',
      section: 'town',
      href: `${restRoot}wp/v2/posts/12?_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm`,
      published: '2026-11-20T09:15:00Z',
      updated: '2026-11-21T07:00:00Z',
      author: { name: 'Orla Penhallow', url: `${origin}/author/orla/` },
      excerpt: 'Excerpt of nets…',
      image: {
        src: `${origin}/wp-content/uploads/2026/11/quay.jpg`,
        alt: 'The quay at dawn',
        width: 1200,
        height: 800,
      },
      tags: ['Boats & Nets'],
      link: `${origin}/2026/11/nets/`,
      html: '<p>Body of nets, with <a href="/about/">a link</a>.</p>\n',
      related: [],
      minutes: 1,
    });
  });

  it('tags a post with its categories other than its section, each name once', async () => {
    const base = wpPost(12, 'nets');
    const embedded = base._embedded as { 'wp:term': Record<string, unknown>[][] };
    const [categories = [], tags = []] = embedded['wp:term'];
    const quay = { id: 9, name: 'Quay Life', slug: 'quay', taxonomy: 'category' };
    const boats = { id: 10, name: 'Boats &amp; Nets', slug: 'boats-2', taxonomy: 'post_tag' };
    const post = {
      ...base,
      _embedded: {
        ...embedded,
        'wp:term': [
          [...categories, quay],
          [...tags, boats],
        ],
      },
    };
    const { blog } = site(() => ({ body: [post] }));
    const listed = await blog.sectionPage(pageHref(1), { section: 'quay', page: 1 });
    expect(listed.articles[0]).toMatchObject({ section: 'quay', tags: ['Town', 'Boats & Nets'] });
    const byCategory = await blog.article(`${restRoot}wp/v2/posts?slug=nets`, 'nets');
    expect(byCategory).toMatchObject({ section: 'town', tags: ['Quay Life', 'Boats & Nets'] });
  });

  it('ends the list at a page past the last one, as WordPress answers it with 400', async () => {
    const { blog } = site(() => ({
      status: 400,
      body: {
        code: 'rest_post_invalid_page_number',
        message: 'The page number requested is larger than the number of pages available.',
        data: { status: 400 },
      },
    }));
    const page = await blog.sectionPage(pageHref(4), { section: 'town', page: 4 });
    expect(page).toMatchObject({ page: 4, pages: 4, articles: [], skipped: 0 });
    expect(page.next).toBeUndefined();
  });

  it('skips a post with wrong types, keeping the rest of the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { blog } = site(() => ({
      body: [
        wpPost(12, 'nets', { title: 7 }),
        wpPost(11, 'tides', { date_gmt: '2026-02-30T00:00:00' }),
        wpPost(10, 'gulls'),
      ],
      headers: { 'X-WP-TotalPages': '1' },
    }));
    const page = await blog.sectionPage(pageHref(1), { section: 'town', page: 1 });
    expect(page.articles.map((summary) => summary.slug)).toEqual(['gulls']);
    expect(page.skipped).toBe(2);
    expect(page.next).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('shows titles and excerpts as text: markup in them never survives', async () => {
    const { blog } = site(() => ({
      body: [
        wpPost(12, 'nets', {
          title: { rendered: '<img src=x onerror=alert(1)>Nets &amp; <b>knots</b>' },
          excerpt: { rendered: '<script>alert(1)</script><p>Mending &lt;nets&gt;</p>' },
        }),
      ],
    }));
    const [summary] = (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).articles;
    expect(summary?.title).toBe('Nets & knots');
    expect(summary?.excerpt).toBe('Mending <nets>');
  });

  it('finds an article by slug, and an empty answer is not found', async () => {
    const { blog, asked } = site((url) =>
      url.searchParams.get('slug') === 'nets' ? { body: [wpPost(12, 'nets')] } : { body: [] },
    );
    const byslug = (slug: string) =>
      `${restRoot}wp/v2/posts?slug=${slug}&_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm`;
    const article = await blog.article(byslug('nets'), 'nets');
    expect(article).toMatchObject({
      slug: 'nets',
      section: 'town',
      html: expect.stringContaining('Body of nets'),
    });
    expect(asked).toEqual([byslug('nets')]);
    expect(await faultOf(blog.article(byslug('gone'), 'gone'))).toEqual({
      kind: 'http',
      status: 404,
    });
  });

  it('says a password-protected post is locked, with no body, linking to the site', async () => {
    const { blog } = site(() => ({
      body: [
        wpPost(12, 'nets', {
          content: { rendered: '', protected: true },
          excerpt: { rendered: '', protected: true },
        }),
      ],
    }));
    const [article] =
      (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).full ?? [];
    expect(article).toMatchObject({
      locked: true,
      html: '',
      excerpt: '',
      link: `${origin}/2026/11/nets/`,
    });
  });

  it('heads a post without a title with its opening words', async () => {
    const { blog } = site(() => ({
      body: [
        wpPost(12, 'note-12', {
          title: { rendered: '' },
          excerpt: { rendered: '' },
          content: {
            rendered:
              '<p>Fog lifted over the breakwater just after seven this morning, and the ferry left on time for once.</p>',
            protected: false,
          },
        }),
      ],
    }));
    const [summary] = (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).articles;
    expect(summary?.title).toBe(
      'Fog lifted over the breakwater just after seven this morning, and the ferry…',
    );
    expect(summary?.excerpt).toContain('left on time for once.');
  });

  it('gives a post with a non-Latin slug one of its own, and finds it again by id', async () => {
    const arabic = '%d9%85%d8%b1%d9%81%d8%a3';
    const { blog, asked } = site((url) =>
      routeOf(url) === 'wp/v2/posts/12'
        ? { body: wpPost(12, arabic) }
        : { body: [wpPost(12, arabic)] },
    );
    const [summary] = (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).articles;
    expect(summary?.slug).toBe('post--12');
    const article = await blog.article('https://unused.invalid/', 'post--12');
    expect(article.slug).toBe('post--12');
    expect(routeOf(new URL(asked.at(-1) as string))).toBe('wp/v2/posts/12');
  });

  it('takes the narrowest of the picture’s sizes that is wide enough, else the widest', async () => {
    const upload = (name: string) => `${origin}/wp-content/uploads/2026/11/${name}`;
    const media = (sizes: Record<string, unknown>) => ({
      _embedded: {
        'wp:featuredmedia': [
          {
            id: 30,
            source_url: upload('quay.jpg'),
            alt_text: 'The quay',
            media_details: { width: 4000, height: 3000, sizes },
          },
        ],
      },
    });
    const sized = (name: string, width: number, height: number) => ({
      file: name,
      width,
      height,
      mime_type: 'image/jpeg',
      source_url: upload(name),
    });
    const { blog } = site(() => ({
      body: [
        wpPost(
          12,
          'nets',
          media({
            thumbnail: sized('quay-150x150.jpg', 150, 150),
            large: sized('quay-1024x768.jpg', 1024, 768),
            medium: sized('quay-300x225.jpg', 300, 225),
            full: sized('quay.jpg', 4000, 3000),
            broken: { file: 'x.jpg' },
          }),
        ),
        wpPost(13, 'tides', media({ medium: sized('quay-300x225.jpg', 300, 225) })),
        wpPost(14, 'ropes', media({})),
      ],
    }));
    const images = (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).articles.map(
      (summary) => summary.image,
    );
    expect(images).toEqual([
      { src: upload('quay-1024x768.jpg'), alt: 'The quay', width: 1024, height: 768 },
      { src: upload('quay-300x225.jpg'), alt: 'The quay', width: 300, height: 225 },
      { src: upload('quay.jpg'), alt: 'The quay', width: 4000, height: 3000 },
    ]);
  });

  it('names the site as the author where the site hides its authors', async () => {
    const { blog } = site(() => ({
      body: [
        wpPost(12, 'nets', {
          _embedded: {
            author: [
              { code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } },
            ],
          },
        }),
      ],
    }));
    const [summary] = (await blog.sectionPage(pageHref(1), { section: 'town', page: 1 })).articles;
    expect(summary?.author).toEqual({ name: 'wp.example' });
    expect(summary?.image).toBeUndefined();
    expect(summary?.tags).toEqual([]);
  });
});
