import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onStoreChange } from '../../../src/data/changes';
import { readSite } from '../../../src/data/queries/site';
import { readDownload } from '../../../src/data/queries/storage';
import { createRepository } from '../../../src/data/repository';
import { connectWriterWorker } from '../../../src/data/worker/client';
import { serveWriter } from '../../../src/data/worker/serve';
import { PaperboyDatabase } from '../../../src/db/db';
import { StoreReader } from '../../../src/db/reader';
import { isContentError } from '../../../src/sources/errors';
import { parseSite } from '../../../src/model/site';
import { articleUrl, pageUrl, rawArticle, rawPage, rawSite, siteUrl } from '../../factories';

/** A blog served by a stubbed fetch; `hang` holds requests for matching URLs until aborted. */
function blog(documents: Record<string, unknown>, hang?: RegExp) {
  const requests: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push(url);
    if (hang?.test(url)) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    const body = documents[url];
    return body === undefined ? new Response('gone', { status: 404 }) : Response.json(body);
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

/** The page and the writer's worker, joined by a MessageChannel instead of a thread. */
function connect(options: { refuse?: boolean; indexedDB?: IDBFactory } = {}) {
  const deps = { indexedDB: options.indexedDB ?? new IDBFactory(), IDBKeyRange };
  if (options.refuse) {
    deps.indexedDB.open = () => {
      throw new DOMException('refused', 'InvalidStateError');
    };
  }
  const name = 'paperboy-worker-test';
  const { port1, port2 } = new MessageChannel();
  serveWriter(port2, { deps, name });
  const worker = Object.assign(port1, { terminate: vi.fn(() => port1.close()) });
  const problems: string[] = [];
  const writer = connectWriterWorker(worker as unknown as Worker, {
    blog: { kind: 'content-api', url: siteUrl, database: name },
    report: (problem) => problems.push(problem),
  });
  const store = new StoreReader(deps, name);
  return { writer, worker, problems, reads: { store, storage: undefined } };
}

const site = rawSite();
const section = 'world-news';
const slug = 'harbour-reopens';

beforeEach(() => {
  vi.stubGlobal('navigator', {
    onLine: true,
    storage: {
      estimate: async () => ({ usage: 0, quota: 1e9 }),
      persisted: async () => false,
      persist: vi.fn(async () => true),
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the writer in its worker', () => {
  it('stores what it fetched where the page reads it, and tells the page', async () => {
    blog({ [siteUrl]: site });
    const changed = vi.fn();
    const stop = onStoreChange(changed);
    const { writer, reads } = connect();
    const served = await writer;
    expect(served).toBeDefined();
    await served!.syncSite();
    await expect(readSite(reads)).resolves.toMatchObject({
      title: (site as { title: string }).title,
    });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    stop();
  });

  it('tells the page which stores a write touched, so other queries do not re-read', async () => {
    blog({ [siteUrl]: site });
    const { writer } = connect();
    const served = await writer;
    // Connecting tells every query (what another tab wrote before is not known).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const siteChanged = vi.fn();
    const savedChanged = vi.fn();
    const stops = [onStoreChange(siteChanged, ['site']), onStoreChange(savedChanged, ['saved'])];
    await served!.syncSite();
    await vi.waitFor(() => expect(siteChanged).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(savedChanged).not.toHaveBeenCalled();
    for (const stop of stops) stop();
  });

  it('hands a ContentError back as one, with its fault', async () => {
    blog({});
    const served = await connect().writer;
    const failure = await served!.syncSite().catch((error: unknown) => error);
    expect(isContentError(failure)).toBe(true);
    expect(failure).toMatchObject({ fault: { kind: 'http', status: 404 }, url: siteUrl });
  });

  it('serves the writer itself: a document a first visit validated is stored as it is', async () => {
    const requests = blog({});
    const { writer, reads } = connect();
    const served = await writer;
    const site = parseSite({ url: siteUrl, body: rawSite() });
    await served!.storeDocument({ kind: 'site', site, fetchedAt: 5 });
    await expect(readSite(reads)).resolves.toMatchObject({ title: site.title, fetchedAt: 5 });
    expect(requests).toEqual([]);
  });

  it('cancels a download from the page: the worker stops it and records why', async () => {
    blog(
      { [siteUrl]: site, [pageUrl(section, 1)]: rawPage(section, 1, 1, [slug]) },
      /\/articles\//,
    );
    const { writer, reads } = connect();
    const served = await writer;
    await served!.syncSite();
    const controller = new AbortController();
    const running = served!.runDownload(section, controller.signal);
    await vi.waitFor(async () =>
      expect(await readDownload(reads, section)).toMatchObject({ status: 'running' }),
    );
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(readDownload(reads, section)).resolves.toMatchObject({
      status: 'cancelled',
    });
  });

  it('takes the repository’s calls as they are, a download’s cancel too', async () => {
    blog(
      { [siteUrl]: site, [pageUrl(section, 1)]: rawPage(section, 1, 1, [slug]) },
      /\/articles\//,
    );
    const { writer, reads } = connect();
    const served = (await writer)!;
    const repository = createRepository(reads, async () => served);
    await repository.syncSite();
    const controller = new AbortController();
    const running = repository.runDownload(section, controller.signal);
    await vi.waitFor(async () =>
      expect(await readDownload(reads, section)).toMatchObject({ status: 'running' }),
    );
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(readDownload(reads, section)).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('asks the page for what only a window can do: keeping storage', async () => {
    blog({
      [siteUrl]: site,
      [pageUrl(section, 1)]: rawPage(section, 1, 1, [slug]),
      [articleUrl(slug)]: rawArticle(slug),
    });
    const served = await connect().writer;
    await served!.syncSite();
    await served!.syncSectionPage(section, 1);
    await served!.save(slug);
    expect(navigator.storage.persist).toHaveBeenCalledTimes(1);
  });

  it('tells the page to reload, and writes nothing, where a newer Paperboy upgraded the store', async () => {
    blog({ [siteUrl]: site });
    const indexedDB = new IDBFactory();
    const newer = new Dexie('paperboy-worker-test', { indexedDB, IDBKeyRange });
    newer.version(new PaperboyDatabase().verno + 1).stores({ extra: 'id' });
    await newer.open();
    newer.close();
    const { writer, problems, reads } = connect({ indexedDB });
    const served = await writer;
    expect(served).toBeDefined();
    await vi.waitFor(() => expect(problems).toEqual(['outdated-elsewhere']));
    await expect(served!.syncSite()).rejects.toThrow();
    await expect(readSite(reads)).resolves.toBeUndefined();
  });

  it('gives way to the page when the worker cannot open IndexedDB', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { writer, worker } = connect({ refuse: true });
    await expect(writer).resolves.toBeUndefined();
    expect(worker.terminate).toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it('gives way to the page when the worker fails to load', async () => {
    const { port1 } = new MessageChannel();
    const worker = Object.assign(port1, { terminate: vi.fn() });
    const connecting = connectWriterWorker(worker as unknown as Worker, {
      blog: { kind: 'content-api', url: siteUrl, database: 'paperboy' },
      report: () => undefined,
    });
    port1.dispatchEvent(new Event('error'));
    await expect(connecting).resolves.toBeUndefined();
    expect(worker.terminate).toHaveBeenCalled();
  });
});
