import { describe, expect, it } from 'vitest';
import { importReaderData } from '../../src/data/exchange';
import { readReaderData } from '../../src/data/queries/exchange';
import { createWriter } from '../../src/data/writer';
import { toExportFile } from '../../src/model/exchange/file';
import { tooLarge, type ReaderData } from '../../src/model/exchange/format';
import { rawSite, siteUrl } from '../factories';
import { FakeSource, openTestContext } from './fixtures';

const setup = () => openTestContext(new FakeSource({ [siteUrl]: rawSite() }));

const empty: ReaderData = { saved: [], history: [], queue: [], settings: {} };
const file = (data: Partial<ReaderData>): ReaderData => ({ ...empty, ...data });

describe('exporting the reader’s data', () => {
  it('reads saved articles, the history with positions, the queue and the budget, oldest first', async () => {
    const { ctx, db } = setup();
    await db.saved.bulkPut([
      { slug: 'b', savedAt: 20 },
      { slug: 'a', savedAt: 10 },
    ]);
    await db.reads.bulkPut([
      { slug: 'a', readAt: 30, position: 0.5, title: 'A', section: 'science' },
      { slug: 'c', readAt: 5 },
    ]);
    await db.queue.put({ slug: 'q', queuedAt: 7, title: 'Q' });
    await db.meta.bulkPut([
      { key: 'articleBudget', value: 50 },
      { key: 'persistenceAsked', value: true },
    ]);
    expect(await readReaderData(ctx)).toEqual({
      saved: [
        { slug: 'a', savedAt: 10 },
        { slug: 'b', savedAt: 20 },
      ],
      history: [
        { slug: 'c', readAt: 5 },
        { slug: 'a', readAt: 30, position: 0.5, title: 'A', section: 'science' },
      ],
      queue: [{ slug: 'q', queuedAt: 7, title: 'Q' }],
      settings: { articleBudget: 50 },
    });
  });

  it('leaves the budget out where the reader never chose one', async () => {
    const { ctx } = setup();
    expect(await readReaderData(ctx)).toEqual(empty);
  });
});

describe('importing the reader’s data', () => {
  it('adds what is new into an empty store, and what it exported reads back the same', async () => {
    const { ctx } = setup();
    const data = file({
      saved: [{ slug: 'a', savedAt: 10 }],
      history: [{ slug: 'a', readAt: 30, position: 0.25, title: 'A' }],
      queue: [{ slug: 'q', queuedAt: 7 }],
      settings: { articleBudget: 100 },
    });
    expect(await importReaderData(ctx, data)).toEqual({
      saved: { added: 1, existing: 0 },
      history: { added: 1, existing: 0 },
      queue: { added: 1, existing: 0 },
      settings: true,
    });
    expect(await readReaderData(ctx)).toEqual(data);
  });

  it('merges by slug: earliest saved and queued, latest read with its fields, gaps filled', async () => {
    const { ctx, db } = setup();
    await db.saved.put({ slug: 'a', savedAt: 50 });
    await db.reads.bulkPut([
      { slug: 'a', readAt: 100, position: 0.9, section: 'science' },
      { slug: 'b', readAt: 100, position: 0.1, title: 'B here' },
    ]);
    await db.queue.put({ slug: 'q', queuedAt: 5, title: 'Q' });
    const summary = await importReaderData(
      ctx,
      file({
        saved: [
          { slug: 'a', savedAt: 40 },
          { slug: 'n', savedAt: 60 },
        ],
        history: [
          { slug: 'a', readAt: 200, position: 0.3, title: 'A' },
          { slug: 'b', readAt: 50, position: 0.7, title: 'B there', section: 'world-news' },
        ],
        queue: [{ slug: 'q', queuedAt: 9, section: 'world-news' }],
      }),
    );
    expect(summary).toEqual({
      saved: { added: 1, existing: 1 },
      history: { added: 0, existing: 2 },
      queue: { added: 0, existing: 1 },
      settings: false,
    });
    expect(await db.saved.toArray()).toEqual([
      { slug: 'a', savedAt: 40 },
      { slug: 'n', savedAt: 60 },
    ]);
    expect(await db.reads.toArray()).toEqual([
      { slug: 'a', readAt: 200, position: 0.3, title: 'A', section: 'science' },
      { slug: 'b', readAt: 100, position: 0.1, title: 'B here', section: 'world-news' },
    ]);
    expect(await db.queue.toArray()).toEqual([
      { slug: 'q', queuedAt: 5, title: 'Q', section: 'world-news' },
    ]);
  });

  it('counts a slug the file repeats once, merged by the same rules', async () => {
    const { ctx, db } = setup();
    const summary = await importReaderData(
      ctx,
      file({
        saved: [
          { slug: 'a', savedAt: 30 },
          { slug: 'a', savedAt: 20 },
        ],
      }),
    );
    expect(summary.saved).toEqual({ added: 1, existing: 0 });
    expect(await db.saved.toArray()).toEqual([{ slug: 'a', savedAt: 20 }]);
  });

  it('changes nothing the second time the same file is imported', async () => {
    const { ctx, db } = setup();
    await db.reads.put({ slug: 'a', readAt: 100, title: 'A' });
    const data = file({
      saved: [{ slug: 'a', savedAt: 10 }],
      history: [{ slug: 'a', readAt: 50, position: 0.5 }],
      settings: { articleBudget: 100 },
    });
    await importReaderData(ctx, data);
    const after = await readReaderData(ctx);
    let writes = 0;
    for (const table of [db.saved, db.reads, db.queue, db.meta]) {
      table.hook('creating', () => void (writes += 1));
      table.hook('updating', () => void (writes += 1));
    }
    expect(await importReaderData(ctx, data)).toEqual({
      saved: { added: 0, existing: 1 },
      history: { added: 0, existing: 1 },
      queue: { added: 0, existing: 0 },
      settings: false,
    });
    expect(writes).toBe(0);
    expect(await readReaderData(ctx)).toEqual(after);
  });

  it('keeps this device’s budget unless the file has one, and applies a smaller one', async () => {
    const { ctx, db } = setup();
    await db.meta.put({ key: 'articleBudget', value: 300 });
    await importReaderData(ctx, empty);
    expect((await db.meta.get('articleBudget'))?.value).toBe(300);
    await db.articles.bulkPut(
      ['x', 'y'].map((slug, index) => ({
        slug,
        title: slug,
        section: 'world-news',
        href: `https://blog.example/${slug}`,
        published: '2026-11-26T18:30:00Z',
        author: { name: 'A' },
        excerpt: '',
        tags: [],
        html: '<p>x</p>',
        fetchedAt: index,
      })),
    );
    await importReaderData(ctx, file({ settings: { articleBudget: 1 } }));
    expect((await db.meta.get('articleBudget'))?.value).toBe(1);
    expect((await db.articles.get('x'))?.html).toBeUndefined();
    expect((await db.articles.get('y'))?.html).toBe('<p>x</p>');
  });

  it('asks for persistent storage when saved articles arrive, as saving does', async () => {
    const { ctx, storage } = setup();
    await importReaderData(ctx, file({ history: [{ slug: 'a', readAt: 1 }] }));
    expect(storage.persistCalls).toBe(0);
    await importReaderData(ctx, file({ saved: [{ slug: 'a', savedAt: 1 }] }));
    expect(storage.persistCalls).toBe(1);
  });

  it('rolls everything back when a write fails part-way', async () => {
    const { ctx, db } = setup();
    await db.saved.put({ slug: 'here', savedAt: 1 });
    db.queue.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(
      importReaderData(
        ctx,
        file({
          saved: [{ slug: 'new', savedAt: 2 }],
          history: [{ slug: 'new', readAt: 2 }],
          queue: [{ slug: 'new', queuedAt: 2 }],
        }),
      ),
    ).rejects.toThrow();
    expect(await db.saved.toArray()).toEqual([{ slug: 'here', savedAt: 1 }]);
    expect(await db.reads.count()).toBe(0);
  });
});

describe('the writer’s import of a file', () => {
  const blog = { url: 'https://blog.example/content/', name: 'My Blog' };
  const text = (data: ReaderData, from = blog) =>
    new Blob([JSON.stringify(toExportFile(data, from, 1000))]);

  it('round-trips what it exported, from one device to another', async () => {
    const one = setup();
    await one.db.saved.put({ slug: 'a', savedAt: 10 });
    await one.db.reads.put({ slug: 'a', readAt: 20, position: 0.5, title: 'A' });
    one.clock.now = new Date(2026, 11, 8, 12).getTime();
    const exported = await createWriter(one.ctx).exportReaderFile(blog);
    expect(exported.name).toBe('paperboy-blog.example-2026-12-08.json');
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'paperboy-export',
      version: 1,
      blog,
      saved: [{ slug: 'a', savedAt: '1970-01-01T00:00:00.010Z' }],
    });
    const other = setup();
    const outcome = await createWriter(other.ctx).importReaderFile(new Blob([exported.text]), blog);
    expect(outcome).toMatchObject({ ok: true, summary: { saved: { added: 1 } } });
    expect(await readReaderData(other.ctx)).toEqual(await readReaderData(one.ctx));
  });

  it('refuses a damaged file, or another blog’s, and changes nothing', async () => {
    const { ctx, db } = setup();
    await db.saved.put({ slug: 'here', savedAt: 1 });
    const writer = createWriter(ctx);
    const good = file({ saved: [{ slug: 'new', savedAt: 2 }] });
    const damaged = new Blob([(await text(good).text()).replace('"new"', '""')]);
    expect(await writer.importReaderFile(damaged, blog)).toEqual({
      ok: false,
      problem: expect.stringMatching(/damaged: saved article 1/) as unknown,
    });
    const elsewhere = text(good, { url: 'https://elsewhere.example/', name: 'Elsewhere' });
    expect(await writer.importReaderFile(elsewhere, blog)).toEqual({
      ok: false,
      problem: expect.stringMatching(/reading data for Elsewhere, not for My Blog/) as unknown,
    });
    expect(await writer.importReaderFile(new Blob(['not json']), blog)).toMatchObject({
      ok: false,
    });
    const huge = new Blob(['x'.repeat(5 * 1024 * 1024 + 1)]);
    expect(await writer.importReaderFile(huge, blog)).toEqual({ ok: false, problem: tooLarge });
    expect(await db.saved.toArray()).toEqual([{ slug: 'here', savedAt: 1 }]);
  });
});
