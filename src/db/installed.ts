/**
 * The version the browser holds a database at, read without creating or upgrading it:
 * undefined where there is none yet.
 */
export function installedVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // None yet: opening without a version creates one, which aborting the upgrade undoes.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const { version } = request.result;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(undefined);
      else reject(request.error ?? new Error(`Cannot open ${name}`));
    };
  });
}
