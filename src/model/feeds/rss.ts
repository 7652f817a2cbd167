import { htmlToText } from '../text';
import { isHttpOrRelative, resolveHref } from '../urls';
import type { FeedDocument, FeedItem } from './feed';
import { feedDate, feedLanguage, newestFirst } from './normalize';
import { childOf, childrenOf, namespaces, textOf, type XmlElement } from './xml';

/** RSS 2.0 (rssboard.org), with the content, Dublin Core and Media RSS modules it is used with. */
export function rssFeed(rss: XmlElement, url: string): FeedDocument {
  const channel = childOf(rss, '', 'channel');
  if (!channel) throw new Error('an RSS document without a channel');
  const items: FeedItem[] = [];
  for (const entry of childrenOf(channel, '', 'item')) {
    const item = rssItem(entry, url);
    if (item) items.push(item);
  }
  return {
    url,
    title: htmlToText(textOf(childOf(channel, '', 'title'))),
    description: htmlToText(textOf(childOf(channel, '', 'description'))),
    language: feedLanguage(textOf(childOf(channel, '', 'language')) || undefined),
    items: newestFirst(items),
  };
}

function rssItem(item: XmlElement, feedUrl: string): FeedItem | undefined {
  const text = (uri: string, local: string) => textOf(childOf(item, uri, local)).trim();
  const link = absolute(text('', 'link'), feedUrl);
  const guid = text('', 'guid');
  const title = text('', 'title');
  const published = feedDate(text('', 'pubDate')) ?? feedDate(text(namespaces.dc, 'date'));
  const id = guid || link || (title && published ? `${title} ${published}` : '');
  if (!id || !published) return undefined;
  const encoded = text(namespaces.content, 'encoded');
  const description = text('', 'description');
  const html = encoded || description;
  return {
    id,
    url:
      link ??
      (childOf(item, '', 'guid')?.attributes.isPermaLink !== 'false'
        ? absolute(guid, feedUrl)
        : undefined),
    title: title ? htmlToText(title) : undefined,
    html: html || undefined,
    summary: encoded && description ? htmlToText(description) : undefined,
    published,
    authors: authorsOf(item),
    tags: childrenOf(item, '', 'category')
      .map((category) => textOf(category).trim())
      .filter(Boolean),
    image: pictureOf(item, feedUrl),
  };
}

/** dc:creator, else RSS's author, "mail@example.org (Name)", by the name where there is one. */
function authorsOf(item: XmlElement): FeedItem['authors'] {
  const creators = childrenOf(item, namespaces.dc, 'creator').map((creator) =>
    textOf(creator).trim(),
  );
  const named = creators.filter(Boolean);
  if (named.length > 0) return named.map((name) => ({ name }));
  const author = textOf(childOf(item, '', 'author')).trim();
  const name =
    /\(([^)]+)\)\s*$/.exec(author)?.[1]?.trim() ?? author.replace(/^\S+@\S+\s*/, '').trim();
  return name ? [{ name }] : [];
}

function pictureOf(item: XmlElement, feedUrl: string): FeedItem['image'] {
  const candidates = [
    ...childrenOf(item, namespaces.media, 'content').filter(
      (media) =>
        media.attributes.medium === 'image' || /^image\//.test(media.attributes.type ?? ''),
    ),
    ...childrenOf(item, namespaces.media, 'thumbnail'),
    ...childrenOf(item, '', 'enclosure').filter((enclosure) =>
      /^image\//.test(enclosure.attributes.type ?? ''),
    ),
  ];
  for (const candidate of candidates) {
    const src = absolute(candidate.attributes.url ?? '', feedUrl);
    if (src)
      return { src, alt: htmlToText(textOf(childOf(candidate, namespaces.media, 'description'))) };
  }
  return undefined;
}

export function absolute(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  return trimmed && isHttpOrRelative(trimmed) ? resolveHref(trimmed, base) : undefined;
}
