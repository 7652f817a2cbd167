import { describe, expect, it, vi } from 'vitest';
import { wordpressBlog } from '../../../src/model/wordpress/blog';
import { origin, restRoot, routeOf, wordpressFetch, wpPost, type WpAnswer } from './documents';

/** An entry of Jetpack's `jetpack-related-posts`, as its REST field gives it. */
function jetpackEntry(id: number, slug: string, position: number, from: number) {
  return {
    id,
    url: `${origin}/2026/11/${slug}/`,
    url_meta: { origin: from, position },
    title: `The harbour’s ${slug}`,
    author: '',
    date: 'November 20, 2026',
    format: false,
    excerpt: `Excerpt of ${slug}`,
    rel: 'nofollow',
    context: 'In "Town"',
    img: { alt_text: '', src: '', width: 0, height: 0 },
    classes: [],
  };
}

const related = (post: number, ...ids: [number, string][]) => ({
  'jetpack-related-posts': ids.map(([id, slug], position) =>
    jetpackEntry(id, slug, position, post),
  ),
});

/** A related post as asked for with _fields: no content. */
function withoutBody(post: Record<string, unknown>) {
  const { content: _content, ...rest } = post;
  return rest;
}

function site(posts: (url: URL) => WpAnswer | undefined) {
  const served = wordpressFetch((url) => (routeOf(url) === 'wp/v2/posts' ? posts(url) : undefined));
  const blog = wordpressBlog(restRoot, {
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    fetch: served.fetch,
  });
  return { blog, asked: served.asked };
}

const pageHref = `${restRoot}wp/v2/posts?categories=5&per_page=20&page=1&_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm`;
const harbourCategory = { id: 7, name: 'Harbour', slug: 'harbour', taxonomy: 'category' };
const inHarbour = (id: number, slug: string) => {
  const post = wpPost(id, slug);
  const embedded = post._embedded as Record<string, unknown>;
  return withoutBody({ ...post, _embedded: { ...embedded, 'wp:term': [[harbourCategory], []] } });
};

describe('Jetpack’s related posts', () => {
  it('are read for a whole page in one more request, in Jetpack’s order', async () => {
    const { blog, asked } = site((url) =>
      url.searchParams.has('include')
        ? { body: [inHarbour(30, 'gulls'), inHarbour(31, 'ropes')] }
        : {
            body: [
              wpPost(12, 'nets', related(12, [31, 'ropes'], [11, 'tides'], [30, 'gulls'])),
              wpPost(11, 'tides', related(11, [30, 'gulls'], [11, 'tides'])),
            ],
          },
    );
    const page = await blog.sectionPage(pageHref, { section: 'town', page: 1 });
    expect(asked).toHaveLength(2);
    const include = new URL(asked[1] as string);
    expect(routeOf(include)).toBe('wp/v2/posts');
    expect(include.searchParams.get('include')).toBe('31,30');
    expect(include.searchParams.get('orderby')).toBe('include');
    expect(include.searchParams.get('per_page')).toBe('2');
    expect(include.searchParams.get('_fields')?.split(',')).toEqual(
      expect.arrayContaining(['slug', 'title', 'excerpt', '_links', '_embedded']),
    );
    expect(include.searchParams.get('_fields')).not.toContain('content');
    const [nets, tides] = page.full ?? [];
    expect(nets?.related.map((summary) => summary.slug)).toEqual(['ropes', 'tides', 'gulls']);
    // A post of the same page as it was listed; the others in their own first category.
    expect(nets?.related.map((summary) => summary.section)).toEqual(['harbour', 'town', 'harbour']);
    expect(nets?.related[0]).not.toHaveProperty('html');
    expect(nets?.related[0]).toMatchObject({
      title: 'The harbour’s ropes',
      published: '2026-11-20T09:15:00Z',
      excerpt: 'Excerpt of ropes…',
    });
    // Itself left out.
    expect(tides?.related.map((summary) => summary.slug)).toEqual(['gulls']);
  });

  it('are read for an article opened by slug', async () => {
    const { blog } = site((url) =>
      url.searchParams.has('include')
        ? { body: [inHarbour(30, 'gulls')] }
        : { body: [wpPost(12, 'nets', related(12, [30, 'gulls']))] },
    );
    const article = await blog.article(`${restRoot}wp/v2/posts?slug=nets`, 'nets');
    expect(article.related.map((summary) => summary.slug)).toEqual(['gulls']);
  });

  it('are left to the device when asking for them fails, the page standing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { blog } = site((url) =>
      url.searchParams.has('include')
        ? { status: 500, body: { code: 'internal_server_error', message: 'Oops', data: {} } }
        : { body: [wpPost(12, 'nets', related(12, [30, 'gulls']))] },
    );
    const page = await blog.sectionPage(pageHref, { section: 'town', page: 1 });
    expect(page.full?.map((article) => article.related)).toEqual([[]]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('skip entries without a usable id, and posts that no longer answer', async () => {
    const { blog, asked } = site((url) =>
      url.searchParams.has('include')
        ? { body: [inHarbour(30, 'gulls'), { id: 31, title: 'no date' }] }
        : {
            body: [
              wpPost(12, 'nets', {
                'jetpack-related-posts': [
                  { id: 'thirty' },
                  'not an entry',
                  jetpackEntry(31, 'ropes', 0, 12),
                  jetpackEntry(32, 'gone', 1, 12),
                  jetpackEntry(30, 'gulls', 2, 12),
                ],
              }),
            ],
          },
    );
    const page = await blog.sectionPage(pageHref, { section: 'town', page: 1 });
    expect(new URL(asked[1] as string).searchParams.get('include')).toBe('31,32,30');
    expect(page.full?.[0]?.related.map((summary) => summary.slug)).toEqual(['gulls']);
  });

  it('ask for nothing more where every related post is on the page', async () => {
    const { blog, asked } = site(() => ({
      body: [wpPost(12, 'nets', related(12, [11, 'tides'])), wpPost(11, 'tides')],
    }));
    const page = await blog.sectionPage(pageHref, { section: 'town', page: 1 });
    expect(asked).toHaveLength(1);
    expect(page.full?.[0]?.related.map((summary) => summary.slug)).toEqual(['tides']);
  });
});
