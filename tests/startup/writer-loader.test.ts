import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreReader } from '../../src/db/reader';
import { writerLoader } from '../../src/startup/writer-loader';
import { siteUrl } from '../factories';

/** A worker whose script never loads: it reports an error, as a 404 or a refused script would. */
class FailingWorker extends EventTarget {
  static started = 0;
  readonly terminate = vi.fn();
  postMessage = vi.fn();
  constructor() {
    super();
    FailingWorker.started += 1;
    queueMicrotask(() => this.dispatchEvent(new Event('error')));
  }
}

function loader(
  overrides: {
    firstVisitDrawn?: Promise<void>;
    pageHasIndexedDB?: boolean;
    handOver?: (writer: unknown) => Promise<void>;
  } = {},
) {
  const { firstVisitDrawn, handOver = async () => undefined, ...rest } = overrides;
  return writerLoader({
    store: new StoreReader({ indexedDB, IDBKeyRange }, `loader-${Math.random()}`),
    pageHasIndexedDB: true,
    blog: { kind: 'content-api', url: siteUrl, database: 'paperboy' },
    report: () => undefined,
    firstVisit: { wanted: firstVisitDrawn, handOver },
    ...rest,
  });
}

beforeEach(() => {
  FailingWorker.started = 0;
  vi.stubGlobal('Worker', FailingWorker);
  // A window without Trusted Types: the script URL passes as a string.
  vi.stubGlobal('window', {});
  vi.stubGlobal('navigator', { onLine: true, storage: undefined });
  vi.stubGlobal('requestAnimationFrame', (step: () => void) => setTimeout(step, 0));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('writerLoader', () => {
  it('on a first visit starts the writer’s worker unasked once the first view is drawn', async () => {
    let drawn!: () => void;
    loader({ firstVisitDrawn: new Promise((resolve) => (drawn = resolve)) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(FailingWorker.started).toBe(0);
    drawn();
    await vi.waitFor(() => expect(FailingWorker.started).toBe(1));
  });

  it('on a first visit, asked for before the first view is drawn, waits for it, and starts once', async () => {
    let drawn!: () => void;
    const load = loader({ firstVisitDrawn: new Promise((resolve) => (drawn = resolve)) });
    const loading = load();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(FailingWorker.started).toBe(0);
    drawn();
    const writer = await loading;
    expect(FailingWorker.started).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(FailingWorker.started).toBe(1);
    await expect(load()).resolves.toBe(writer);
  });

  it('on a later visit starts nothing until the writer is asked for', async () => {
    const load = loader();
    expect(FailingWorker.started).toBe(0);
    await load();
    expect(FailingWorker.started).toBe(1);
  });

  it('runs the writer on the page when its worker fails to load', async () => {
    const writer = await loader()();
    expect(typeof writer.syncSite).toBe('function');
    expect(FailingWorker.started).toBe(1);
  });

  it('starts no worker where the page cannot read IndexedDB itself', async () => {
    const writer = await loader({ pageHasIndexedDB: false })();
    expect(typeof writer.syncSite).toBe('function');
    expect(FailingWorker.started).toBe(0);
  });

  it('hands the writer to the first visit before anyone else gets it', async () => {
    let handed: unknown;
    let finish!: () => void;
    const handOver = vi.fn(async (writer: unknown) => {
      handed = writer;
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const load = loader({ handOver });
    let got: unknown;
    const loading = load().then((writer) => (got = writer));
    await vi.waitFor(() => expect(handOver).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(got).toBeUndefined();
    finish();
    await loading;
    expect(got).toBe(handed);
  });

  it('opens the writer once, however often it is asked for', async () => {
    const load = loader();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    await expect(load()).resolves.toBe(first);
    expect(FailingWorker.started).toBe(1);
  });
});
