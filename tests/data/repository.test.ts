import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '../../src/data/repository';
import type { Writer } from '../../src/data/writer';
import { siteUrl, rawSite } from '../factories';
import { FakeSource, openTestContext, testRepository } from './fixtures';

describe('createRepository', () => {
  it('loads the writer on the first write, not before, and hands each call on as it is', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const writer = { markRead: vi.fn(async () => undefined), save: vi.fn(async () => undefined) };
    const load = vi.fn(async () => writer as unknown as Writer);
    const repository = createRepository(ctx, load);
    await repository.readSite();
    expect(load).not.toHaveBeenCalled();
    await repository.markRead('a');
    await repository.save('b');
    expect(writer.markRead).toHaveBeenCalledWith('a');
    expect(writer.save).toHaveBeenCalledWith('b');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('passes a failure of the writer’s on to the caller', async () => {
    const { ctx } = openTestContext(new FakeSource({}));
    const repository = testRepository(ctx);
    await expect(repository.syncSite()).rejects.toMatchObject({ fault: { kind: 'http' } });
  });

  it('reads what the writer stored, and is no thenable, so it can be passed around', async () => {
    const { ctx } = openTestContext(new FakeSource({ [siteUrl]: rawSite() }));
    const repository = testRepository(ctx);
    await repository.syncSite();
    await expect(repository.readSite()).resolves.toMatchObject({ title: 'My Blog' });
    expect(await Promise.resolve(repository)).toBe(repository);
  });
});
