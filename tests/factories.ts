import type { RawDocument } from '../src/sources/types';

/** Raw documents shaped like content API v1, for tests to break one field at a time. */

export const siteUrl = 'https://blog.example/content/site.json';

export function rawSite(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    title: 'My Blog',
    description: 'News and notes',
    language: 'en',
    updated: '2026-11-27T09:00:00Z',
    article: 'articles/{slug}.json',
    sections: [
      {
        slug: 'world-news',
        title: 'World News',
        description: 'The world',
        href: 'sections/world-news/1.json',
      },
      { slug: 'science', title: 'Science', href: 'sections/science/1.json' },
    ],
    ...overrides,
  };
}

export function rawSummary(
  slug: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    slug,
    title: `Title of ${slug}`,
    section: 'world-news',
    href: `../../articles/${slug}.json`,
    published: '2026-11-26T18:30:00Z',
    author: { name: 'Ines Marlow' },
    excerpt: `Excerpt of ${slug}.`,
    ...overrides,
  };
}

export function rawArticle(
  slug: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const { href: _href, ...summary } = rawSummary(slug);
  return {
    ...summary,
    html: `<p>Body of ${slug}.</p>`,
    related: [],
    ...overrides,
  };
}

export function rawPage(
  section: string,
  page: number,
  pages: number,
  slugs: string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: 1,
    section,
    page,
    pages,
    next: page < pages ? `${page + 1}.json` : null,
    articles: slugs.map((slug) => rawSummary(slug, { section })),
    ...overrides,
  };
}

export function doc(url: string, body: unknown): RawDocument {
  return { url, body };
}

export const articleUrl = (slug: string) => `https://blog.example/content/articles/${slug}.json`;
export const pageUrl = (section: string, page: number) =>
  `https://blog.example/content/sections/${section}/${page}.json`;
