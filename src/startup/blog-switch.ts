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
  switchTo(choice: BlogChoice): void;
  /** Back to the blog config.json or the build names. */
  reset(): void;
}

export interface FoundBlog {
  choice: BlogChoice;
  title: string;
}

export function blogSwitch({ current, options, reload }: BlogInUse): BlogSwitch {
  const storage = options.storage;
  return {
    current,
    chosenByReader: isBlogChoice(read(storage, chosenKey)),
    async lookUp(address) {
      return lookUpBlog(address, options);
    },
    switchTo(choice) {
      write(storage, chosenKey, choice);
      reload();
    },
    reset() {
      storage?.removeItem(chosenKey);
      reload();
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
