import DOMPurify from 'dompurify';
import type { TrustedHTML } from 'trusted-types/lib';

// The one sanitizer for article bodies: plain markup survives, URLs resolve against the article.

const config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'base',
    'meta',
    'link',
    'template',
    'dialog',
  ],
  FORBID_ATTR: ['style', 'class', 'srcset', 'ping', 'formaction', 'action'],
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

const webOrMail = new Set(['http:', 'https:', 'mailto:']);
let baseUrl = 'about:blank';

function resolved(value: string): URL | undefined {
  try {
    const url = new URL(value, baseUrl);
    return webOrMail.has(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of ['href', 'src'] as const) {
    const value = node.getAttribute(name);
    if (value === null || value.startsWith('#')) continue;
    const url = resolved(value);
    if (url) node.setAttribute(name, url.href);
    else node.removeAttribute(name);
  }
  const href = node.tagName === 'A' ? node.getAttribute('href') : null;
  if (href && !href.startsWith('#')) {
    const url = new URL(href, baseUrl);
    // Set afresh each pass, so sanitizing the output again gives the same output.
    node.removeAttribute('target');
    node.removeAttribute('rel');
    if (url.origin !== globalThis.location?.origin) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.tagName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
  }
});

const memo = new Map<string, TrustedHTML | string>();
const memoSize = 16;

/** TrustedHTML where the browser has Trusted Types: the only kind the CSP lets into innerHTML. */
export function sanitizeArticleHtml(html: string, documentUrl: string): TrustedHTML | string {
  const key = `${documentUrl}\n${html}`;
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  baseUrl = documentUrl;
  const clean = DOMPurify.sanitize(html, { ...config, RETURN_TRUSTED_TYPE: true });
  memo.set(key, clean);
  if (memo.size > memoSize) memo.delete(memo.keys().next().value as string);
  return clean;
}
