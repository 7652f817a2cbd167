import { databaseName } from '../db/schema';
import { isBlogChoice, type BlogChoice } from '../model/blog';

/** The deploy's choice of blog, at the app's base URL; optional. */
export const configFile = 'config.json';

/** What config.json last said, with the blog it turned out to be. */
const configuredKey = 'paperboy.configured';
/** The blog the reader chose in Settings, which outranks config.json. */
export const chosenKey = 'paperboy.blog';

export interface Configured {
  /** The address config.json named; null when there is no config.json. */
  blog: string | null;
  choice: BlogChoice;
}

/** The blog read, and how it was chosen: what Settings needs to offer another. */
export interface BlogInUse {
  current: BlogChoice;
  options: ChoiceOptions;
  reload: () => void;
}

export interface ChoiceOptions {
  /** The build's own blog: the demo blog, or VITE_CONTENT_URL. */
  fallback: string;
  appBase: string;
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
}

export function defaultChoice(url: string): BlogChoice {
  return { kind: 'content-api', url, database: databaseName };
}

/** Each other blog has a database of its own, named after its address. */
export function databaseFor(url: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index += 1) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${databaseName}-${(hash >>> 0).toString(36)}`;
}

/**
 * The reader's choice, else config.json's, else the build's. What config.json said last time
 * is used at once and checked again behind it (a change counts from the next start), so only
 * a first visit waits for the file.
 */
export async function chooseBlog(options: ChoiceOptions): Promise<BlogChoice> {
  const storage = options.storage;
  const chosen = read<BlogChoice>(storage, chosenKey);
  if (chosen && isBlogChoice(chosen)) return chosen;
  const known = read<Configured>(storage, configuredKey);
  const checking = readConfig(options, known ?? undefined).then((configured) => {
    if (configured) write(storage, configuredKey, configured);
    return configured?.choice ?? defaultChoice(options.fallback);
  });
  if (known && isBlogChoice(known.choice)) {
    checking.catch((error: unknown) => console.warn(error));
    return known.choice;
  }
  return checking;
}

/** Undefined when the file could not be asked for (offline): nothing is known, nothing changes. */
async function readConfig(
  options: ChoiceOptions,
  known: Configured | undefined,
): Promise<Configured | undefined> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = new URL(configFile, options.appBase).href;
  let response: Response;
  try {
    response = await doFetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch {
    return undefined;
  }
  // A host that answers every path with the app's page has no config.json either.
  const page = /^text\/html/i.test(response.headers.get('Content-Type') ?? '');
  if (response.status === 404 || (response.ok && page)) {
    await response.body?.cancel().catch(() => undefined);
    return { blog: null, choice: defaultChoice(options.fallback) };
  }
  if (!response.ok) return undefined;
  // Only where the deploy names a blog: the first view carries none of this.
  const { configuredBlog } = await import('./config-file');
  return configuredBlog(await response.text(), url, known, options);
}

export function read<T>(storage: ChoiceOptions['storage'], key: string): T | undefined {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function write(storage: ChoiceOptions['storage'], key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private modes refuse: config.json is read again next time.
  }
}
