import { detectBlog } from '../model/detect';
import { describeProblem } from '../model/errors';
import { isAbsoluteHttp } from '../model/urls';
import {
  configFile,
  databaseFor,
  defaultChoice,
  type ChoiceOptions,
  type Configured,
} from './blog-choice';

/** config.json is there but cannot be used: said in plain words, naming the file. */
export class ConfigProblem extends Error {
  override readonly name = 'ConfigProblem';
  constructor(
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}: ${detail}`);
  }
}

/** The blog config.json names, detected; what was known already when it names the same. */
export async function configuredBlog(
  text: string,
  url: string,
  known: Configured | undefined,
  options: ChoiceOptions,
): Promise<Configured> {
  const blog = addressIn(text, url);
  if (known?.blog === blog) return known;
  if (blog === options.fallback) return { blog, choice: defaultChoice(blog) };
  try {
    const detected = await detectBlog(blog, options.fetch ? { fetch: options.fetch } : {});
    const { kind, url: found } = detected;
    return { blog, choice: { kind, url: found, database: databaseFor(found) } };
  } catch (error) {
    const problem = describeProblem(error, 'the blog');
    throw new ConfigProblem(problem.title, `${configFile} names ${blog}. ${problem.detail}`);
  }
}

/** The blog's address in config.json, resolved against the file. */
export function addressIn(text: string, fileUrl: string): string {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    throw new ConfigProblem(
      `${configFile} cannot be read`,
      `The app’s ${configFile} is not valid JSON. It should look like { "blog": "https://example.org/" }.`,
    );
  }
  const blog = (config as { blog?: unknown } | null)?.blog;
  if (typeof blog !== 'string' || blog.trim() === '') {
    throw new ConfigProblem(
      `${configFile} names no blog`,
      `The app’s ${configFile} needs a "blog" field with the blog’s address, such as { "blog": "https://example.org/" }.`,
    );
  }
  let address: string;
  try {
    address = new URL(blog.trim(), fileUrl).href;
  } catch {
    address = '';
  }
  if (!isAbsoluteHttp(address)) {
    throw new ConfigProblem(
      `${configFile} names no blog`,
      `Its "blog" field, ${JSON.stringify(blog)}, is not an http or https address.`,
    );
  }
  return address;
}
