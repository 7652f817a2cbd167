import { ContentError } from '../../sources/errors';
import {
  defaultHttpOptions,
  fetchText,
  type HttpOptions,
  type TextDocument,
} from '../../sources/http';
import type { Blog } from '../blog';
import { atomFeed } from './atom';
import { feedBlog, type FeedDocument } from './feed';
import { rssFeed } from './rss';
import { namespaces, parseXml } from './xml';

export const xmlFeedTypes = {
  accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9',
  types: /^(application|text)\/([\w.+-]+\+)?xml\b|^text\/plain\b/i,
};

/** An RSS 2.0 or Atom 1.0 feed. */
export function xmlFeedBlog(url: string, http: HttpOptions = defaultHttpOptions): Blog {
  return feedBlog(async (signal) => readXmlFeed(await fetchText(url, http, signal, xmlFeedTypes)));
}

export function readXmlFeed(document: TextDocument): FeedDocument {
  const root = parseXml(document.text, document.url);
  if (root.uri === '' && root.local === 'rss') return rssFeed(root, document.url);
  if (root.uri === namespaces.atom && root.local === 'feed') return atomFeed(root, document.url);
  throw new ContentError(
    {
      kind: 'invalid',
      path: '',
      problem: `is XML, but neither an RSS nor an Atom feed (its root is <${root.local}>)`,
    },
    document.url,
  );
}
