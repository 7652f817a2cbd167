import { decodeHTML } from 'entities/decode';
import { SaxesParser } from 'saxes';
import { ContentError } from '../../sources/errors';

/** An element of a parsed feed: its namespace and local name, attributes by name, children. */
export interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Parses a feed without the page's DOM, so it runs in a worker. A document type that declares
 * entities is refused: nothing it declares is ever expanded (no billion laughs, no external
 * entities). HTML's named entities, which feeds often use undeclared, are read as HTML does.
 */
export function parseXml(text: string, url: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const fault = (problem: string) => new ContentError({ kind: 'invalid', path: '', problem }, url);
  parser.ENTITIES = new Proxy(parser.ENTITIES, {
    get(known, name) {
      if (typeof name !== 'string' || xmlEntities.has(name)) return known[name as string];
      const decoded = decodeHTML(`&${name};`);
      return decoded === `&${name};` ? undefined : decoded;
    },
  });
  let failure: ContentError | undefined;
  parser.on('error', (error) => {
    failure ??= fault(`is not well-formed XML (${error.message.replace(/^.*?: /, '')})`);
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      failure ??= fault('declares entities of its own, which Paperboy never expands');
    }
  });
  const root: XmlElement = { uri: '', local: '', attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri ?? '',
      local: tag.local ?? tag.name,
      attributes: {},
      children: [],
    };
    for (const attribute of Object.values(tag.attributes)) {
      element.attributes[attribute.uri === '' ? attribute.local : attribute.name] = attribute.value;
    }
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  const addText = (value: string) => open.at(-1)?.children.push(value);
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= fault(`is not well-formed XML (${String(error)})`);
  }
  if (failure) throw failure;
  const [document] = root.children.filter((node): node is XmlElement => typeof node !== 'string');
  if (!document) throw fault('is empty');
  return document;
}

export function childrenOf(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' && node.uri === uri && node.local === local,
  );
}

export function childOf(element: XmlElement, uri: string, local: string): XmlElement | undefined {
  return childrenOf(element, uri, local)[0];
}

/** The text inside, markup of child elements left out. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

/** Child elements written back as markup, for Atom's type="xhtml" content. */
export function markupOf(element: XmlElement): string {
  return element.children.map(serialize).join('');
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c] ?? c);

const voids = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'source',
  'track',
  'wbr',
]);

function serialize(node: XmlNode): string {
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes)
    .filter(([name]) => !name.includes(':') && name !== 'xmlns')
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  if (voids.has(node.local)) return `<${node.local}${attributes}>`;
  return `<${node.local}${attributes}>${node.children.map(serialize).join('')}</${node.local}>`;
}
