import { collapse, htmlToText } from '../text';
import { escapeText } from './escape';
import type { FeedDocument, FeedItem } from './feed';
import { feedDate, feedLanguage, newestFirst } from './normalize';
import { absolute } from './rss';
import { childOf, childrenOf, markupOf, namespaces, textOf, type XmlElement } from './xml';

const atom = namespaces.atom;

/** Atom 1.0 (RFC 4287). */
export function atomFeed(feed: XmlElement, url: string): FeedDocument {
  const items: FeedItem[] = [];
  for (const entry of childrenOf(feed, atom, 'entry')) {
    const item = atomEntry(entry, url);
    if (item) items.push(item);
  }
  return {
    url,
    title: plainText(childOf(feed, atom, 'title')),
    description: plainText(childOf(feed, atom, 'subtitle')),
    language: feedLanguage(feed.attributes['xml:lang']),
    items: newestFirst(items),
  };
}

function atomEntry(entry: XmlElement, feedUrl: string): FeedItem | undefined {
  const id = textOf(childOf(entry, atom, 'id')).trim();
  const updated = feedDate(textOf(childOf(entry, atom, 'updated')));
  const published = feedDate(textOf(childOf(entry, atom, 'published'))) ?? updated;
  if (!id || !published) return undefined;
  const content = childOf(entry, atom, 'content');
  const summary = childOf(entry, atom, 'summary');
  // Content kept elsewhere (src="…") is not here to read: the summary stands in for it.
  const body = content && !content.attributes.src ? content : summary;
  const html = body ? asHtml(body) : undefined;
  return {
    id,
    url: alternate(entry, feedUrl),
    title: plainText(childOf(entry, atom, 'title')) || undefined,
    html,
    summary: body === content && summary ? plainText(summary) : undefined,
    published,
    updated,
    authors: childrenOf(entry, atom, 'author').flatMap((author) => {
      const name = collapse(textOf(childOf(author, atom, 'name')));
      const uri = absolute(textOf(childOf(author, atom, 'uri')), feedUrl);
      return name ? [{ name, url: uri }] : [];
    }),
    tags: childrenOf(entry, atom, 'category')
      .map((category) => (category.attributes.label ?? category.attributes.term ?? '').trim())
      .filter(Boolean),
    image: undefined,
  };
}

/** rel="alternate" is the entry's page; a link without rel is one too (RFC 4287, 4.2.7.2). */
function alternate(entry: XmlElement, feedUrl: string): string | undefined {
  const link = childrenOf(entry, atom, 'link').find(
    (candidate) => (candidate.attributes.rel ?? 'alternate') === 'alternate',
  );
  return link ? absolute(link.attributes.href ?? '', feedUrl) : undefined;
}

/** A text construct as HTML: type text is escaped, html is markup as sent, xhtml its div's content. */
function asHtml(construct: XmlElement): string {
  const type = construct.attributes.type ?? 'text';
  if (type === 'html') return textOf(construct);
  if (type === 'xhtml') {
    const div = childOf(construct, namespaces.xhtml, 'div');
    return div ? markupOf(div) : '';
  }
  return escapeText(textOf(construct));
}

function plainText(construct: XmlElement | undefined): string {
  if (!construct) return '';
  const type = construct.attributes.type ?? 'text';
  if (type === 'html') return htmlToText(textOf(construct));
  return collapse(textOf(construct));
}
