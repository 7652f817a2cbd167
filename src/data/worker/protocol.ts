import type { RawDocument } from '../../sources/types';
import type { WorkerMessage } from '../../sw/caches';
import type { StorageProblem } from '../database';
import type { Writer } from '../writer';

/** What only the page can do for the writer's worker. */
export interface PageServices {
  /**
   * The store changed (a write here or, through Dexie, in another tab): these stores, or
   * when undefined, any.
   */
  storeChanged(stores?: string[]): void;
  /** Something the reader must be told about the store. */
  problem(problem: StorageProblem): void;
  /** StorageManager.persist() exists on windows only. */
  persist(): Promise<boolean>;
  /** Workers have no `navigator.serviceWorker`: the page passes the message on. */
  postToServiceWorker(message: WorkerMessage): void;
  /** A document the page asked for early (a first visit), once; nothing when it did not. */
  takeEarly(url: string): Promise<RawDocument | undefined>;
}

/** The writer as its worker serves it: a download's AbortSignal cannot cross threads. */
export type WorkerWriter = Omit<Writer, 'runDownload' | 'warmImages'> & {
  runDownload(section: string, ticket: number): Promise<void>;
  cancelDownload(ticket: number): void;
};
