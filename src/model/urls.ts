const webSchemes = new Set(['http:', 'https:']);

/** True when the value, resolved against any http(s) base, stays on http or https. */
export function isHttpOrRelative(value: string): boolean {
  try {
    return webSchemes.has(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

export function isAbsoluteHttp(value: string): boolean {
  try {
    return webSchemes.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function resolveHref(href: string, documentUrl: string): string {
  return new URL(href, documentUrl).href;
}

/** Expands the site's article template for one slug; the slug is percent-encoded. */
export function expandArticleTemplate(template: string, slug: string): string {
  return template.replace('{slug}', encodeURIComponent(slug));
}
