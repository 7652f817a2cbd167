import { describe, expect, it } from 'vitest';
import { exportFileName, otherBlog, toExportFile } from '../../../src/model/exchange/file';
import { maxEntries, tooLarge, type ReaderData } from '../../../src/model/exchange/format';
import { parseExportFile } from '../../../src/model/exchange/parse';

const data: ReaderData = {
  saved: [{ slug: 'kept', savedAt: Date.parse('2026-12-01T10:00:00Z') }],
  history: [
    { slug: 'kept', readAt: Date.parse('2026-12-02T10:00:00Z'), position: 0.4, title: 'Kept' },
    { slug: 'other', readAt: Date.parse('2026-12-03T10:00:00Z'), section: 'science' },
  ],
  queue: [{ slug: 'later', queuedAt: Date.parse('2026-12-04T10:00:00Z'), title: 'Later' }],
  settings: { articleBudget: 100 },
};
const blog = { url: 'https://blog.example/content/', name: 'My Blog' };
const exportedAt = Date.parse('2026-12-08T09:30:00Z');

const file = (overrides: Record<string, unknown> = {}) => ({
  ...toExportFile(data, blog, exportedAt),
  ...overrides,
});
const parse = (value: unknown) => parseExportFile(JSON.stringify(value));
const problemOf = (value: unknown) => {
  const parsed = typeof value === 'string' ? parseExportFile(value) : parse(value);
  return parsed.ok ? undefined : parsed.problem;
};

describe('the export file', () => {
  it('writes times as ISO strings and reads back exactly what was written', () => {
    const written = file();
    expect(written.exportedAt).toBe('2026-12-08T09:30:00.000Z');
    expect(written.saved).toEqual([{ slug: 'kept', savedAt: '2026-12-01T10:00:00.000Z' }]);
    expect(parse(written)).toEqual({ ok: true, file: { exportedAt, blog, data } });
  });

  it('holds only the fields of the format, whatever else a record carries', () => {
    const extra = {
      ...data,
      saved: [{ slug: 'kept', savedAt: 1, note: 'x' } as ReaderData['saved'][number]],
      settings: {},
    };
    const written = toExportFile(extra, { url: blog.url }, exportedAt);
    expect(written.saved).toEqual([{ slug: 'kept', savedAt: '1970-01-01T00:00:00.001Z' }]);
    expect(written.blog).toEqual({ url: blog.url });
    expect(written.settings).toEqual({});
  });

  it('is named after the blog and the day', () => {
    const name = exportFileName(blog.url, new Date(2026, 11, 8, 23, 59).getTime());
    expect(name).toBe('paperboy-blog.example-2026-12-08.json');
    expect(exportFileName('not a url', 0)).toMatch(/^paperboy-blog-\d{4}-\d\d-\d\d\.json$/);
  });
});

describe('parseExportFile refuses', () => {
  it('what is not JSON', () => {
    expect(problemOf('{"format": "paperboy-export",')).toMatch(/not JSON/);
  });

  it('JSON that is not a Paperboy export', () => {
    for (const value of [null, 3, [], { saved: [] }, file({ format: 'other-app' })]) {
      expect(problemOf(value)).toMatch(/^This file is not a Paperboy export\. Choose/);
    }
  });

  it('a file from a newer version, saying to update first', () => {
    expect(problemOf(file({ version: 2 }))).toMatch(
      /newer version of Paperboy \(format 2; this one reads 1\)\. Update the app.*then import again/,
    );
  });

  it('a version that never existed as damaged', () => {
    expect(problemOf(file({ version: 0 }))).toMatch(/damaged: its version is not valid/);
    expect(problemOf(file({ version: '1' }))).toMatch(/damaged: its version/);
  });

  it('a file too large, before parsing it', () => {
    expect(problemOf(' '.repeat(5 * 1024 * 1024 + 1))).toBe(tooLarge);
  });

  it('more entries than it imports at once', () => {
    const saved = Array.from({ length: maxEntries + 1 }, (_, index) => ({
      slug: `a-${index}`,
      savedAt: '2026-12-01T10:00:00Z',
    }));
    expect(problemOf(file({ saved, history: [], queue: [] }))).toMatch(
      /holds 100001 entries, more than the 100000/,
    );
  });

  it('damaged entries, naming which', () => {
    const history = [{ slug: 'a', readAt: '2026-12-01T10:00:00Z' }, { slug: 'b' }];
    expect(problemOf(file({ history }))).toMatch(
      /damaged: history entry 2 \(its readAt\) is not valid\. Export again/,
    );
    const cases: [unknown, RegExp][] = [
      [{ saved: [{ slug: '', savedAt: '2026-12-01T10:00:00Z' }] }, /saved article 1 \(its slug\)/],
      [{ saved: [{ slug: 'x'.repeat(301), savedAt: '2026-12-01T10:00:00Z' }] }, /its slug/],
      [{ saved: [{ slug: 7, savedAt: '2026-12-01T10:00:00Z' }] }, /saved article 1 \(its slug\)/],
      [{ saved: [{ slug: 'a', savedAt: 'yesterday' }] }, /saved article 1 \(its savedAt\)/],
      [{ queue: [{ slug: 'a', queuedAt: 5 }] }, /queued article 1 \(its queuedAt\)/],
      [{ queue: 'none' }, /its queue is not valid/],
      [{ history: [{ slug: 'a', readAt: '2026-12-01T10:00:00Z', position: 'half' }] }, /position/],
      [{ settings: { articleBudget: -3 } }, /its settings\.articleBudget/],
      [{ blog: { url: 'nowhere' } }, /its blog\.url/],
      [{ exportedAt: 'soon' }, /its exportedAt/],
    ];
    for (const [overrides, message] of cases) {
      expect(problemOf(file(overrides as Record<string, unknown>))).toMatch(message);
    }
  });
});

describe('parseExportFile reads', () => {
  it('positions beyond 0..1 as the top or the end', () => {
    const history = [
      { slug: 'a', readAt: '2026-12-01T10:00:00Z', position: -2 },
      { slug: 'b', readAt: '2026-12-01T10:00:00Z', position: 7 },
    ];
    const parsed = parse(file({ history }));
    expect(parsed.ok && parsed.file.data.history.map((read) => read.position)).toEqual([0, 1]);
  });

  it('missing lists and settings as empty', () => {
    const { saved: _s, history: _h, queue: _q, settings: _t, ...bare } = file();
    const parsed = parse(bare);
    expect(parsed.ok && parsed.file.data).toEqual({
      saved: [],
      history: [],
      queue: [],
      settings: {},
    });
  });
});

describe('otherBlog', () => {
  it('refuses another blog’s file and says how to read that blog first', () => {
    expect(otherBlog(blog, { url: 'https://blog.example/content/' })).toBeUndefined();
    expect(otherBlog(blog, { url: 'https://elsewhere.example/', name: 'Elsewhere' })).toMatch(
      /reading data for My Blog, not for Elsewhere.*Switch to that blog under “Blog” above/,
    );
  });
});
