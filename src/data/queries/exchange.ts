import type { MetaRecord, QueueRecord, ReadRecord, SavedRecord } from '../../db/db';
import type { ReaderData } from '../../model/exchange/format';
import type { ReadContext } from '../context';

/** Everything the reader made on this blog, oldest first: what an export file holds. */
export async function readReaderData(ctx: ReadContext): Promise<ReaderData> {
  const [saved, history, queue, budget] = await Promise.all([
    ctx.store.all<SavedRecord>('saved', { index: 'savedAt' }),
    ctx.store.all<ReadRecord>('reads', { index: 'readAt' }),
    ctx.store.all<QueueRecord>('queue', { index: 'queuedAt' }),
    ctx.store.get<MetaRecord>('meta', 'articleBudget'),
  ]);
  // The default is no setting: a file from a device that never chose one changes nothing.
  const articleBudget = budget?.value;
  return {
    saved,
    history,
    queue,
    settings: typeof articleBudget === 'number' ? { articleBudget } : {},
  };
}
