import type { StorageProblem } from '../data/database';

/** Whether the store is the browser's IndexedDB, and if not, why (shown in a notice). */
export class StorageState {
  problem = $state<StorageProblem | undefined>();

  reset(): void {
    this.problem = undefined;
  }
}
