import { describe, expect, it, vi } from 'vitest';
import { chooseBlog, databaseFor, defaultChoice } from '../../src/startup/blog-choice';
import { blogSwitch } from '../../src/startup/blog-switch';
import { addressIn, ConfigProblem } from '../../src/startup/config-file';
import { rawSite } from '../factories';
import { restRoot, wpCategory, wpIndex } from '../model/wordpress/documents';

const appBase = 'https://app.example/';
const fallback = 'https://app.example/content/site.json';
const configUrl = 'https://app.example/config.json';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function answering(pages: Record<string, () => Response | Promise<Response>>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const page = pages[url];
    if (!page) return new Response('no', { status: 404 });
    return page();
  });
  return { asked, fetch: fetch as unknown as typeof globalThis.fetch };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

async function problemOf(promise: Promise<unknown>): Promise<ConfigProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigProblem) return error;
    throw error;
  }
  throw new Error('expected a ConfigProblem');
}

describe('chooseBlog', () => {
  it('reads the build’s blog when there is no config.json', async () => {
    const { fetch, asked } = answering({});
    const storage = memoryStorage();
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(
      defaultChoice(fallback),
    );
    expect(asked).toEqual([configUrl]);
  });

  it('takes a host’s answer of its own page for config.json as no config.json', async () => {
    const { fetch } = answering({
      [configUrl]: () =>
        new Response('<!doctype html><div id="app"></div>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    });
    const storage = memoryStorage();
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(
      defaultChoice(fallback),
    );
  });

  it('reads the blog config.json names, detected, in a database of its own', async () => {
    const { fetch } = answering({
      [configUrl]: () => json({ blog: restRoot }),
      [restRoot]: () => json(wpIndex()),
    });
    const choice = await chooseBlog({ fallback, appBase, fetch, storage: memoryStorage() });
    expect(choice).toEqual({ kind: 'wordpress', url: restRoot, database: databaseFor(restRoot) });
    expect(choice.database).not.toBe(defaultChoice(fallback).database);
  });

  it('starts at once from what config.json said last time, and checks it again behind', async () => {
    const storage = memoryStorage();
    const first = answering({
      [configUrl]: () => json({ blog: restRoot }),
      [restRoot]: () => json(wpIndex()),
    });
    await chooseBlog({ fallback, appBase, fetch: first.fetch, storage });
    let answer!: (response: Response) => void;
    const later = answering({
      [configUrl]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const choice = await chooseBlog({ fallback, appBase, fetch: later.fetch, storage });
    expect(choice.url).toBe(restRoot);
    expect(later.asked).toEqual([configUrl]);
    // The file now names the build's blog: that counts from the next start.
    answer(json({ blog: fallback }));
    await vi.waitFor(() =>
      expect(storage.items.get('paperboy.configured')).toContain('"kind":"content-api"'),
    );
    const offline = answering({});
    expect((await chooseBlog({ fallback, appBase, fetch: offline.fetch, storage })).url).toBe(
      fallback,
    );
  });

  it('keeps the last known blog when config.json cannot be asked for', async () => {
    const storage = memoryStorage();
    const first = answering({
      [configUrl]: () => json({ blog: 'https://other.example/site.json' }),
      'https://other.example/site.json': () => json(rawSite()),
    });
    await chooseBlog({ fallback, appBase, fetch: first.fetch, storage });
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const choice = await chooseBlog({ fallback, appBase, fetch: down, storage });
    expect(choice).toMatchObject({ kind: 'content-api', url: 'https://other.example/site.json' });
  });

  it('puts the reader’s own choice first', async () => {
    const storage = memoryStorage();
    const mine = { kind: 'wordpress', url: restRoot, database: 'paperboy-mine' };
    storage.setItem('paperboy.blog', JSON.stringify(mine));
    const { fetch, asked } = answering({});
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(mine);
    expect(asked).toEqual([]);
  });

  it('ignores a damaged stored choice', async () => {
    const storage = memoryStorage();
    storage.setItem('paperboy.blog', '{"kind":"gopher","url":1}');
    storage.setItem('paperboy.configured', 'not json');
    const { fetch } = answering({});
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(
      defaultChoice(fallback),
    );
  });

  it('names config.json when the blog it names cannot be read', async () => {
    const { fetch } = answering({
      [configUrl]: () => json({ blog: 'https://shop.example/' }),
      'https://shop.example/': () =>
        new Response('<h1>Shop</h1>', { headers: { 'Content-Type': 'text/html' } }),
    });
    const problem = await problemOf(chooseBlog({ fallback, appBase, fetch, storage: undefined }));
    expect(problem.title).toBe('No blog Paperboy can read is there');
    expect(problem.detail).toMatch(/^config\.json names https:\/\/shop\.example\//);
  });
});

describe('addressIn', () => {
  it('resolves the blog’s address against the file', () => {
    expect(addressIn('{"blog":"content/other.json"}', configUrl)).toBe(
      'https://app.example/content/other.json',
    );
    expect(addressIn('{"blog":" https://wp.example/ ","note":1}', configUrl)).toBe(
      'https://wp.example/',
    );
  });

  it.each([
    ['{"blog": ', 'config.json cannot be read', 'not valid JSON'],
    ['[]', 'config.json names no blog', 'needs a "blog" field'],
    ['{"blog": 3}', 'config.json names no blog', 'needs a "blog" field'],
    ['{"blog": "javascript:alert(1)"}', 'config.json names no blog', 'not an http or https'],
  ])('refuses %s with a message naming the file', (text, title, detail) => {
    const problem = (() => {
      try {
        addressIn(text, configUrl);
      } catch (error) {
        return error as ConfigProblem;
      }
      throw new Error('expected a problem');
    })();
    expect(problem).toBeInstanceOf(ConfigProblem);
    expect(problem.title).toBe(title);
    expect(problem.detail).toContain(detail);
  });
});

describe('blogSwitch', () => {
  it('looks an address up: its kind, its own database and its name', async () => {
    const { fetch } = answering({
      [`${restRoot}`]: () => json(wpIndex()),
      [`${restRoot}wp/v2/categories?hide_empty=true&per_page=100&orderby=count&order=desc`]: () =>
        json([wpCategory(5, 'town')]),
    });
    const blog = blogSwitch({
      current: defaultChoice(fallback),
      options: { fallback, appBase, fetch },
      reload: vi.fn(),
    });
    expect(await blog.lookUp(` ${restRoot} `)).toEqual({
      choice: { kind: 'wordpress', url: restRoot, database: databaseFor(restRoot) },
      title: 'Harbour & Hill',
    });
  });

  it('keeps the build’s own database for the build’s own blog', async () => {
    const { fetch } = answering({ [fallback]: () => json(rawSite()) });
    const blog = blogSwitch({
      current: defaultChoice(fallback),
      options: { fallback, appBase, fetch },
      reload: vi.fn(),
    });
    expect((await blog.lookUp(fallback)).choice).toEqual(defaultChoice(fallback));
  });

  it('lets go of the kept pages before it reloads, and reloads even when that fails', async () => {
    const steps: string[] = [];
    const reload = () => steps.push('reload');
    const inUse = { current: defaultChoice(fallback), options: { fallback, appBase }, reload };
    const mine = { kind: 'rss' as const, url: `${appBase}feed.xml`, database: 'paperboy-y' };
    await blogSwitch(inUse, async () => void steps.push('forget')).switchTo(mine);
    await blogSwitch(inUse, () => Promise.reject(new Error('no caches'))).reset();
    expect(steps).toEqual(['forget', 'reload', 'reload']);
  });

  it('switches by keeping the reader’s choice and reloading; resets the same way', async () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    const mine = { kind: 'wordpress' as const, url: restRoot, database: 'paperboy-x' };
    const before = blogSwitch({
      current: defaultChoice(fallback),
      options: { fallback, appBase, storage },
      reload,
    });
    expect(before.chosenByReader).toBe(false);
    await before.switchTo(mine);
    expect(reload).toHaveBeenCalledOnce();
    const { fetch } = answering({});
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(mine);
    const after = blogSwitch({ current: mine, options: { fallback, appBase, storage }, reload });
    expect(after.chosenByReader).toBe(true);
    await after.reset();
    expect(reload).toHaveBeenCalledTimes(2);
    expect(await chooseBlog({ fallback, appBase, fetch, storage })).toEqual(
      defaultChoice(fallback),
    );
  });
});
