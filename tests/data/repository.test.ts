import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { onStoreChange } from '../../src/data/changes';
import { createRepository } from '../../src/data/repository';
import type { Writer } from '../../src/data/writer';
import { PendingRecords } from '../../src/db/pending';
import { PendingReader } from '../../src/db/pending-reader';
import { FakeSource, openTestContext } from './fixtures';

/** A repository reading pending records too, over a writer whose calls finish when told. */
function withPending() {
  const { ctx, db, store } = openTestContext(new FakeSource({}));
  const pending = new PendingRecords();
  const cmp = new IDBFactory();
  const withPending = new PendingReader(store, pending, (a, b) => cmp.cmp(a, b));
  const reads = { store: withPending, pending: withPending, storage: ctx.storage };
  const finish: (() => void)[] = [];
  const call = vi.fn(() => new Promise<void>((resolve) => finish.push(resolve)));
  const writer = { syncSite: call, markRead: call, clearOfflineData: call } as unknown as Writer;
  const repository = createRepository(reads, () => Promise.resolve(writer));
  pending.put('site.json', 'site', [{ key: 'site', title: 'Pending' }]);
  pending.put('other.json', 'articles', [{ slug: 'x' }]);
  return { db, pending, repository, finish, call };
}

describe('createRepository', () => {
  it('drops the pending records the writer took and stored once none of its calls is running', async () => {
    const { db, pending, repository, finish, call } = withPending();
    const changed: string[] = [];
    onTestFinished(onStoreChange(() => changed.push('site'), ['site']));
    const sync = repository.syncSite();
    const read = repository.markRead('x');
    pending.taken('site.json');
    await vi.waitFor(() => expect(call).toHaveBeenCalledTimes(2));
    await db.site.put({ key: 'site', title: 'Stored', fetchedAt: 1 } as never);
    finish[0]!();
    await sync;
    // Another call is still running: it could be the one storing them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pending.get('site', 'site')).toMatchObject({ title: 'Pending' });
    const told = changed.length;
    finish[1]!();
    await read;
    // The views are told, to read the site again.
    await vi.waitFor(() => expect(changed.length).toBe(told + 1));
    expect(pending.get('site', 'site')).toBeUndefined();
    expect(await repository.readSite()).toMatchObject({ title: 'Stored' });
    // What the writer has not taken stays.
    expect(pending.get('articles', 'x')).toEqual({ slug: 'x' });
  });

  it('lets go of every pending record when the reader clears offline data', async () => {
    const { pending, repository, finish, call } = withPending();
    const clearing = repository.clearOfflineData();
    await vi.waitFor(() => expect(call).toHaveBeenCalled());
    finish[0]!();
    await clearing;
    expect(pending.empty).toBe(true);
    expect(await repository.readSite()).toBeUndefined();
  });
});
