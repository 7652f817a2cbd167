// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/model/sanitize';
import corpus from '../fixtures/xss/vectors.json';

/**
 * Runs every vector of the XSS corpus (tests/fixtures/xss/vectors.json) through the article
 * sanitizer and checks the sanitized DOM, parsed inertly, for anything that could run script,
 * restyle the page, submit data, clobber globals or reparse into something else.
 */

const categories = [
  'classic',
  'event-handler',
  'url-scheme',
  'mutation',
  'namespace',
  'attribute-breakout',
  'dom-clobbering',
  'css',
  'template',
  'encoding',
  'svg-mathml',
  'meta-base-form',
] as const;

type Category = (typeof categories)[number];

interface Vector {
  id: string;
  category: Category;
  html: string;
  note: string;
}

const vectors = corpus as Vector[];

const documentUrl = 'https://blog.example/content/articles/x.json';

/** Elements that must never survive sanitizing. */
const forbiddenElements = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'frame',
  'frameset',
  'noscript',
];

/** Attributes that must never survive sanitizing, whatever their value. */
const forbiddenAttributes = new Set(['style', 'srcdoc', 'formaction', 'action', 'xlink:href']);

/** Attributes holding a URL; each must resolve to one of `safeProtocols`. */
const urlAttributes = new Set(['href', 'src', 'action', 'poster', 'background', 'srcset', 'data']);
const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/** Globals an id or name must not shadow (a `user-content-` prefix makes them harmless). */
const sensitiveNames = new Set([
  'location',
  'document',
  'cookie',
  'alert',
  'attributes',
  'createElement',
  'getElementById',
  '__proto__',
  'nodeName',
  'removeAttribute',
  'body',
  'defaultView',
  '__xss',
]);

/** The URLs a srcset names: the first token of each comma-separated candidate. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function protocolOf(value: string): string {
  try {
    return new URL(value, documentUrl).protocol;
  } catch {
    return '(unparseable)';
  }
}

/**
 * The sanitized HTML as a tree in a fresh document without a browsing context, parsed through a
 * <template> so nothing in it loads or runs.
 */
function inertTree(html: string): HTMLDivElement {
  const doc = document.implementation.createHTMLDocument('');
  const template = doc.createElement('template');
  template.innerHTML = html;
  const root = doc.createElement('div');
  root.append(doc.importNode(template.content, true));
  return root;
}

/** Every way the sanitized tree breaks the rules, as readable lines; empty when it is safe. */
function problemsOf(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll(forbiddenElements.join(', '))) {
    problems.push(`element <${element.localName}> survived`);
  }
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      if (name.startsWith('on')) problems.push(`<${tag}> keeps handler ${attr.name}=${value}`);
      if (forbiddenAttributes.has(name)) problems.push(`<${tag}> keeps ${attr.name}=${value}`);
      if (urlAttributes.has(name)) {
        const urls = name === 'srcset' ? srcsetUrls(value) : [value];
        for (const url of urls) {
          const protocol = protocolOf(url);
          if (!safeProtocols.has(protocol)) {
            problems.push(`<${tag}> ${attr.name}=${JSON.stringify(attr.value)} is ${protocol}`);
          }
        }
      }
      if ((name === 'id' || name === 'name') && sensitiveNames.has(attr.value)) {
        problems.push(`<${tag}> ${name}=${attr.value} shadows a global`);
      }
    }
  }
  return problems;
}

describe('XSS corpus: the data', () => {
  it('holds at least 150 vectors with unique ids and payloads', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    expect(new Set(vectors.map((v) => v.html)).size).toBe(vectors.length);
  });

  it('covers every category', () => {
    const present = new Set(vectors.map((v) => v.category));
    for (const category of categories) expect(present, category).toContain(category);
  });

  it('gives every vector a kebab-case id, a known category, a short payload and a note', () => {
    for (const vector of vectors) {
      expect(vector.id, vector.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(categories, vector.id).toContain(vector.category);
      expect(typeof vector.html, vector.id).toBe('string');
      expect(vector.html.length, vector.id).toBeGreaterThan(0);
      expect(vector.html.length, vector.id).toBeLessThan(500);
      expect(vector.note.trim(), vector.id).not.toBe('');
    }
  });
});

describe('XSS corpus: the checks themselves', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', 'keeps handler onerror'],
    ['<a href=" javascript:alert(1)">x</a>', 'is javascript:'],
    ['<img srcset="a.png 1x, data:image/png,x 2x">', 'is data:'],
    ['<video poster="vbscript:alert(1)"></video>', 'is vbscript:'],
    ['<p style="color:red">x</p>', 'keeps style='],
    ['<a id="location">x</a>', 'shadows a global'],
    ['<svg><a xlink:href="#x"></a></svg>', 'element <svg> survived'],
    ['<math></math>', 'element <math> survived'],
    ['<noscript></noscript>', 'element <noscript> survived'],
  ])('flag the raw payload %j', (html, problem) => {
    expect(problemsOf(inertTree(html)).join('\n')).toContain(problem);
  });

  it('find nothing wrong with plain article markup', () => {
    const html =
      '<p><a href="https://news.example/a">a</a> <a href="#n">n</a> <a href="mailto:x@y.example">m</a></p><img src="a.png" alt="">';
    expect(problemsOf(inertTree(html))).toEqual([]);
  });
});

describe('XSS corpus: sanitizeArticleHtml', () => {
  it.each(vectors)('[$category] $id', ({ html }) => {
    const clean = String(sanitizeArticleHtml(html, documentUrl));
    expect(problemsOf(inertTree(clean))).toEqual([]);
    // A second pass must change nothing: output that reparses differently is mutation XSS.
    expect(String(sanitizeArticleHtml(clean, documentUrl))).toBe(clean);
  });
});
