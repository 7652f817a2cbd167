import { describe, expect, it, vi } from 'vitest';
import { jsonFeedBlog, maxFeedPages } from '../../../src/model/feeds/json-feed';
import { itemSlug } from '../../../src/model/feeds/slugs';
import { rejectedFaultOf as faultOf } from '../fault';

const feedUrl = 'https://notes.example/feed.json';

/** JSON Feed documents in the shape jsonfeed.org documents, written for these tests. */
function item(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `https://notes.example/${n}`,
    url: `https://notes.example/2026/11/walk-${n}/`,
    title: `Walk number ${n}`,
    content_html: `<p>Along the cliffs, walk ${n}.</p>`,
    date_published: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
    tags: n % 2 === 0 ? ['Cliffs', 'Birds'] : ['Cliffs'],
    ...overrides,
  };
}

function feed(items: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Cliff Notes',
    home_page_url: 'https://notes.example/',
    feed_url: feedUrl,
    description: 'Short walks, long views',
    language: 'en-GB',
    items,
    ...overrides,
  };
}

function served(pages: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const body = pages[url];
    if (body === undefined) return new Response('{}', { status: 404 });
    return new Response(JSON.stringify(body), {
      headers: { 'Content-Type': 'application/feed+json' },
    });
  });
  const blog = jsonFeedBlog(feedUrl, {
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { blog, asked };
}

const page = (blog: ReturnType<typeof served>['blog'], section: string, n = 1) =>
  blog.sectionPage(`${feedUrl}#section=${section}&page=${n}`, { section, page: n });

describe('a JSON Feed', () => {
  it('has "Latest" and a section for each tag at least 3 items carry', async () => {
    const items = Array.from({ length: 6 }, (_, i) => item(i + 1));
    items.push(item(7, { tags: ['Rare', 'Cliffs'] }), item(8, { tags: ['rare'] }));
    const { blog } = served({ [feedUrl]: feed(items) });
    const site = await blog.site();
    expect(site).toMatchObject({
      url: feedUrl,
      title: 'Cliff Notes',
      description: 'Short walks, long views',
      language: 'en-GB',
    });
    expect(site.sections.map((section) => [section.slug, section.title])).toEqual([
      ['latest', 'Latest'],
      ['cliffs', 'Cliffs'],
      ['birds', 'Birds'],
    ]);
  });

  it('cuts its sections into pages of 20, newest first, each item whole, from one download', async () => {
    const items = Array.from({ length: 45 }, (_, i) => item(i + 1));
    const { blog, asked } = served({ [feedUrl]: feed(items) });
    await blog.site();
    const first = await page(blog, 'latest');
    expect(first).toMatchObject({ section: 'latest', page: 1, pages: 3 });
    expect(first.next).toBe(`${feedUrl}#section=latest&page=2`);
    expect(first.articles[0]?.title).toBe('Walk number 45');
    expect(first.full?.[0]?.html).toBe('<p>Along the cliffs, walk 45.</p>');
    const last = await page(blog, 'latest', 3);
    expect(last.articles).toHaveLength(5);
    expect(last.next).toBeUndefined();
    const birds = await page(blog, 'birds');
    expect(birds.articles.every((summary) => summary.tags.includes('Birds'))).toBe(true);
    const slug = first.articles[1]?.slug ?? '';
    expect((await blog.article(`${feedUrl}#article=${slug}`, slug)).title).toBe('Walk number 44');
    expect(asked).toEqual([feedUrl]);
  });

  it('skips items without a usable id, and reads a numeric id as a string', async () => {
    const { blog } = served({
      [feedUrl]: feed([
        item(1, { id: '' }),
        item(2, { id: null }),
        item(3, { id: 42, url: undefined, title: 'Numbered' }),
        item(4),
      ]),
    });
    const { articles } = await page(blog, 'latest');
    expect(articles.map((summary) => summary.title)).toEqual(['Walk number 4', 'Numbered']);
    expect(articles[1]?.slug).toBe(itemSlug({ id: '42', title: 'Numbered' }));
  });

  it('prefers 1.1 authors to 1.0 author, and names the feed where there is none', async () => {
    const { blog } = served({
      [feedUrl]: feed([
        item(3, {
          authors: [{ name: 'Tamsin Vey', url: 'https://notes.example/tamsin' }],
          author: { name: 'Old' },
        }),
        item(2, { author: { name: 'Hale Oduya' } }),
        item(1),
      ]),
    });
    const { articles } = await page(blog, 'latest');
    expect(articles.map((summary) => summary.author)).toEqual([
      { name: 'Tamsin Vey', url: 'https://notes.example/tamsin' },
      { name: 'Hale Oduya' },
      { name: 'Cliff Notes' },
    ]);
  });

  it('shows content_text as text, never as markup', async () => {
    const { blog } = served({
      [feedUrl]: feed([
        item(1, { content_html: undefined, content_text: 'Tide <b>low</b> & calm.\n\nGulls.' }),
      ]),
    });
    const [article] = (await page(blog, 'latest')).full ?? [];
    expect(article?.html).toBe('<p>Tide &lt;b&gt;low&lt;/b&gt; &amp; calm.</p>\n<p>Gulls.</p>');
  });

  it('heads a note without a title with its opening words, not "Untitled"', async () => {
    const { blog } = served({
      [feedUrl]: feed([
        item(1, {
          title: undefined,
          content_html:
            '<p>Saw a seal on the slipway at low tide; it ignored everyone and slept until noon.</p>',
        }),
      ]),
    });
    const [summary] = (await page(blog, 'latest')).articles;
    expect(summary?.title).toBe(
      'Saw a seal on the slipway at low tide; it ignored everyone and slept until noon.',
    );
    expect(summary?.title).not.toMatch(/untitled/i);
  });

  it('reads image, banner_image, tags and both dates', async () => {
    const { blog } = served({
      [feedUrl]: feed([
        item(2, { image: '/img/cove.jpg', date_modified: '2026-11-30T10:00:00+01:00' }),
        item(1, { banner_image: 'https://cdn.example/banner.jpg' }),
      ]),
    });
    const { articles } = await page(blog, 'latest');
    expect(articles[0]).toMatchObject({
      image: { src: 'https://notes.example/img/cove.jpg', alt: '' },
      updated: '2026-11-30T09:00:00Z',
      tags: ['Cliffs', 'Birds'],
    });
    expect(articles[1]?.image?.src).toBe('https://cdn.example/banner.jpg');
  });

  it('follows next_url, and never round a loop', async () => {
    const second = 'https://notes.example/feed-2.json';
    const { blog, asked } = served({
      [feedUrl]: feed([item(3)], { next_url: 'feed-2.json' }),
      [second]: feed([item(2), item(1)], { next_url: feedUrl }),
    });
    expect((await page(blog, 'latest')).articles).toHaveLength(3);
    expect(asked).toEqual([feedUrl, second]);
    const self = served({ [feedUrl]: feed([item(1)], { next_url: feedUrl }) });
    expect((await page(self.blog, 'latest')).articles).toHaveLength(1);
    expect(self.asked).toEqual([feedUrl]);
  });

  it(`reads at most ${maxFeedPages} pages`, async () => {
    const pages: Record<string, unknown> = {};
    for (let n = 1; n <= maxFeedPages + 5; n += 1) {
      const url = n === 1 ? feedUrl : `https://notes.example/feed-${n}.json`;
      pages[url] = feed([item(n)], { next_url: `feed-${n + 1}.json` });
    }
    const { blog, asked } = served(pages);
    expect((await page(blog, 'latest')).articles).toHaveLength(maxFeedPages);
    expect(asked).toHaveLength(maxFeedPages);
  });

  it('refuses another version of JSON Feed, and a document that is none', async () => {
    const { blog } = served({ [feedUrl]: feed([], { version: 'https://jsonfeed.org/version/2' }) });
    expect(await faultOf(blog.site())).toEqual({
      kind: 'version',
      version: 'https://jsonfeed.org/version/2',
    });
    const other = served({ [feedUrl]: { title: 'x', items: [] } });
    expect(await faultOf(other.blog.site())).toMatchObject({ kind: 'invalid', path: 'version' });
  });

  it('says an article the feed no longer carries is not found', async () => {
    const { blog } = served({ [feedUrl]: feed([item(1)]) });
    expect(await faultOf(blog.article(`${feedUrl}#article=gone-1`, 'gone-1'))).toEqual({
      kind: 'http',
      status: 404,
    });
  });
});
