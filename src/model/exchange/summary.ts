/** What one store gained from an import. */
export interface ImportCount {
  added: number;
  /** On this device already (kept, merged with the file's times). */
  existing: number;
}

export interface ImportSummary {
  saved: ImportCount;
  history: ImportCount;
  queue: ImportCount;
  /** The file's storage setting replaced this device's. */
  settings: boolean;
}

/** An import as the reader hears of it: what came in, or why the file was refused. */
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: string };

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const listed = (parts: string[]) =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** "Imported 12 saved articles and 40 history entries; 3 were already here." */
export function describeImport({ saved, history, queue, settings }: ImportSummary): string {
  const parts = [
    saved.added > 0 ? counted(saved.added, 'saved article', 'saved articles') : '',
    history.added > 0 ? counted(history.added, 'history entry', 'history entries') : '',
    queue.added > 0 ? counted(queue.added, 'queued article', 'queued articles') : '',
    settings ? 'the storage setting' : '',
  ].filter(Boolean);
  const existing = saved.existing + history.existing + queue.existing;
  const here = `${existing} ${existing === 1 ? 'was' : 'were'} already here`;
  if (parts.length === 0) {
    if (existing === 1) return 'Nothing new to import: its one entry was already here.';
    return existing > 0
      ? `Nothing new to import: all ${existing} entries were already here.`
      : 'The file holds no saved articles, history or queue: nothing to import.';
  }
  return `Imported ${listed(parts)}${existing > 0 ? `; ${here}` : ''}.`;
}
