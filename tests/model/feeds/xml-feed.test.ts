import { describe, expect, it, vi } from 'vitest';
import { xmlFeedBlog } from '../../../src/model/feeds/xml-feed';
import { rejectedFaultOf as faultOf } from '../fault';

const feedUrl = 'https://harbour.example/feed/';

/** RSS 2.0 and Atom 1.0 documents in their specifications' shape, written for these tests. */
const rss = (items: string, channel = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Harbour &amp; Hill</title>
  <link>https://harbour.example/</link>
  <description>Notes from a small port town</description>
  <language>en-gb</language>
  ${channel}
  ${items}
</channel>
</rss>`;

const rssItem = (n: number, extra = '') => `<item>
  <title>Tide table for week ${n}</title>
  <link>https://harbour.example/2026/11/tides-${n}/</link>
  <guid isPermaLink="false">harbour-${n}</guid>
  <pubDate>Mon, 0${n} Nov 2026 08:30:00 +0000</pubDate>
  <dc:creator><![CDATA[Orla Penhallow]]></dc:creator>
  <category>Tides</category>
  <description>High water &amp;amp; low water for week ${n}.</description>
  <content:encoded><![CDATA[<p>High water at <b>06:12</b>.</p><script>alert(1)</script>]]></content:encoded>
  ${extra}
</item>`;

const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">
  <title type="html">Hill &lt;em&gt;Notes&lt;/em&gt;</title>
  <subtitle>Walks above the harbour</subtitle>
  <id>urn:uuid:6c1f0ba8-0000-4000-8000-000000000001</id>
  <updated>2026-11-30T09:00:00Z</updated>
  ${entries}
</feed>`;

const atomEntry = (n: number, content: string, extra = '') => `<entry>
  <title>Ridge walk ${n}</title>
  <link rel="alternate" type="text/html" href="/walks/ridge-${n}"/>
  <link rel="edit" href="https://harbour.example/api/${n}"/>
  <id>urn:uuid:6c1f0ba8-0000-4000-8000-00000000010${n}</id>
  <published>2026-11-0${n}T07:00:00+01:00</published>
  <updated>2026-11-0${n}T09:00:00+01:00</updated>
  <author><name>Hale Oduya</name><uri>https://harbour.example/hale</uri></author>
  <category term="walks" label="Walks"/>
  ${content}
  ${extra}
</entry>`;

function served(text: string, type = 'application/rss+xml; charset=UTF-8') {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(text, { headers: { 'Content-Type': type } });
  });
  const blog = xmlFeedBlog(feedUrl, {
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { blog, asked };
}

const latest = (blog: ReturnType<typeof served>['blog']) =>
  blog.sectionPage(`${feedUrl}#section=latest&page=1`, { section: 'latest', page: 1 });

describe('an RSS 2.0 feed', () => {
  it('reads its channel and items: content:encoded, pubDate, dc:creator, category, guid', async () => {
    const { blog } = served(rss([1, 2, 3].map((n) => rssItem(n)).join('\n')));
    const site = await blog.site();
    expect(site).toMatchObject({
      title: 'Harbour & Hill',
      description: 'Notes from a small port town',
      language: 'en-GB',
    });
    expect(site.sections.map((section) => section.title)).toEqual(['Latest', 'Tides']);
    const [article] = (await latest(blog)).full ?? [];
    expect(article).toMatchObject({
      title: 'Tide table for week 3',
      published: '2026-11-03T08:30:00Z',
      author: { name: 'Orla Penhallow' },
      excerpt: 'High water & low water for week 3.',
      tags: ['Tides'],
      link: 'https://harbour.example/2026/11/tides-3/',
      html: '<p>High water at <b>06:12</b>.</p><script>alert(1)</script>',
    });
  });

  it('falls back to the description for the body, the author element for the name', async () => {
    const item = `<item><title>Short</title><guid>https://harbour.example/?p=9</guid>
      <pubDate>Tue, 03 Nov 2026 10:00:00 GMT</pubDate><author>desk@harbour.example (The Desk)</author>
      <description>&lt;p&gt;Only a description.&lt;/p&gt;</description>
      <enclosure url="/pics/quay.jpg" length="1200" type="image/jpeg"/></item>`;
    const { blog } = served(rss(item));
    const [article] = (await latest(blog)).full ?? [];
    expect(article).toMatchObject({
      html: '<p>Only a description.</p>',
      author: { name: 'The Desk' },
      link: 'https://harbour.example/?p=9',
      image: { src: 'https://harbour.example/pics/quay.jpg', alt: '' },
    });
  });

  it('reads media:content pictures, and HTML entities a feed uses undeclared', async () => {
    const { blog } = served(
      rss(
        rssItem(
          1,
          '<media:content url="https://cdn.example/boat.jpg" medium="image"><media:description>A boat</media:description></media:content>',
        ).replace('Tide table', 'Tide&nbsp;table &copy;'),
      ),
    );
    const [summary] = (await latest(blog)).articles;
    expect(summary?.title).toBe('Tide table © for week 1');
    expect(summary?.image).toEqual({ src: 'https://cdn.example/boat.jpg', alt: 'A boat' });
  });

  it('refuses a document type that declares entities, and never expands them', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY file SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>&lol3;&file;</title></channel></rss>`;
    const { blog } = served(laughs);
    expect(await faultOf(blog.site())).toEqual({
      kind: 'invalid',
      path: '',
      problem: 'declares entities of its own, which Paperboy never expands',
    });
  });

  it('refuses a feed that is not XML, a truncated one, and XML that is no feed', async () => {
    expect(await faultOf(served('{"title": "json"}', 'text/xml').blog.site())).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/^is not well-formed XML/),
    });
    const whole = rss([1, 2].map((n) => rssItem(n)).join(''));
    expect(await faultOf(served(whole.slice(0, whole.length / 2)).blog.site())).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/^is not well-formed XML/),
    });
    expect(
      await faultOf(served('<?xml version="1.0"?><html><body/></html>').blog.site()),
    ).toMatchObject({
      kind: 'invalid',
      problem: 'is XML, but neither an RSS nor an Atom feed (its root is <html>)',
    });
  });

  it('refuses a web page where the feed was expected', async () => {
    const { blog } = served('<!doctype html><h1>Oops</h1>', 'text/html; charset=UTF-8');
    expect(await faultOf(blog.site())).toEqual({ kind: 'content-type', received: 'text/html' });
  });
});

describe('an Atom 1.0 feed', () => {
  it('reads entries: text, html and xhtml content, dates, author, alternate link, category', async () => {
    const entries = [
      atomEntry(1, '<content type="text">Ridge &lt;wind&gt;\n\nSecond line.</content>'),
      atomEntry(
        2,
        '<content type="html">&lt;p&gt;Cairn at &lt;em&gt;noon&lt;/em&gt;&lt;/p&gt;</content>',
      ),
      atomEntry(
        3,
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Mist<br/>lifting</p><img src="/m.jpg" alt="mist"/></div></content>',
        '<summary>Misty start</summary>',
      ),
    ].join('\n');
    const { blog } = served(atom(entries), 'application/atom+xml');
    const site = await blog.site();
    expect(site).toMatchObject({
      title: 'Hill Notes',
      description: 'Walks above the harbour',
      language: 'cy',
    });
    expect(site.sections.map((section) => section.title)).toEqual(['Latest', 'Walks']);
    const full = (await latest(blog)).full ?? [];
    expect(full.map((article) => article.html)).toEqual([
      '<p>Mist<br>lifting</p><img src="/m.jpg" alt="mist">',
      '<p>Cairn at <em>noon</em></p>',
      '<p>Ridge &lt;wind&gt;</p>\n<p>Second line.</p>',
    ]);
    expect(full[0]).toMatchObject({
      title: 'Ridge walk 3',
      published: '2026-11-03T06:00:00Z',
      updated: '2026-11-03T08:00:00Z',
      author: { name: 'Hale Oduya', url: 'https://harbour.example/hale' },
      link: 'https://harbour.example/walks/ridge-3',
      excerpt: 'Misty start',
      tags: ['Walks'],
    });
  });

  it('uses the summary where the content is kept elsewhere, and skips an entry without an id', async () => {
    const entries = [
      atomEntry(
        1,
        '<content src="https://harbour.example/full/1" type="text/html"/>',
        '<summary>Only the summary</summary>',
      ),
      atomEntry(2, '<content>Kept</content>').replace(/<id>[^<]*<\/id>/, ''),
    ].join('\n');
    const { blog } = served(atom(entries), 'application/atom+xml');
    const full = (await latest(blog)).full ?? [];
    expect(full).toHaveLength(1);
    expect(full[0]?.html).toBe('<p>Only the summary</p>');
  });
});
