/** Opened without creating or upgrading it: undefined where there is none yet. */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // None yet: opening without a version creates one, which aborting the upgrade undoes.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(undefined);
      else reject(request.error ?? new Error(`Cannot open ${name}`));
    };
  });
}

export async function installedVersion(
  factory: IDBFactory,
  name: string,
): Promise<number | undefined> {
  const db = await openExisting(factory, name);
  db?.close();
  return db?.version;
}
