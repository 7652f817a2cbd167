import { isBlogChoice, type BlogChoice } from '../model/blog';
import {
  chosenKey,
  databaseFor,
  defaultChoice,
  read,
  write,
  type BlogInUse,
  type ChoiceOptions,
} from './blog-choice';

/** What Settings may do about the blog; a switch reloads, so that everything reopens on it. */
export interface BlogSwitch {
  current: BlogChoice;
  /** Chosen by the reader in Settings, rather than by config.json or the build. */
  chosenByReader: boolean;
  lookUp(address: string): Promise<FoundBlog>;
  switchTo(choice: BlogChoice): Promise<void>;
  /** Back to the blog config.json or the build names. */
  reset(): Promise<void>;
}

export interface FoundBlog {
  choice: BlogChoice;
  title: string;
}

/**
 * `forgetPages` lets go of the pages kept for the service worker to answer article addresses
 * with: they are one blog's, and the next blog's articles have the same addresses.
 */
export function blogSwitch(
  { current, options, reload }: BlogInUse,
  forgetPages: () => Promise<void> = () => Promise.resolve(),
): BlogSwitch {
  const storage = options.storage;
  const leave = async () => {
    await forgetPages().catch(() => undefined);
    reload();
  };
  return {
    current,
    chosenByReader: isBlogChoice(read(storage, chosenKey)),
    async lookUp(address) {
      return lookUpBlog(address, options);
    },
    switchTo(choice) {
      write(storage, chosenKey, choice);
      return leave();
    },
    reset() {
      storage?.removeItem(chosenKey);
      return leave();
    },
  };
}

/** What is at an address, and its name, for the reader to confirm before switching to it. */
export async function lookUpBlog(address: string, options: ChoiceOptions): Promise<FoundBlog> {
  // Loaded on the first look-up: Settings draws without the formats' code.
  const { detectBlog } = await import('../model/detect');
  const http = options.fetch ? { fetch: options.fetch } : {};
  const detected = await detectBlog(address.trim(), http);
  const { kind, url, title } = detected;
  const choice =
    url === options.fallback ? defaultChoice(url) : { kind, url, database: databaseFor(url) };
  return { choice, title: title || new URL(url).hostname };
}
