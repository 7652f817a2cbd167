import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { installedVersion } from '../../src/db/open-existing';

function databaseNames(factory: IDBFactory): Promise<string[]> {
  return factory.databases().then((found) => found.map(({ name }) => name ?? ''));
}

describe('installedVersion', () => {
  it('reads the version the browser holds a database at', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('held', 70);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    expect(await installedVersion(factory, 'held')).toBe(70);
  });

  it('says there is none, and makes none, where there is no database', async () => {
    const factory = new IDBFactory();
    expect(await installedVersion(factory, 'absent')).toBeUndefined();
    expect(await databaseNames(factory)).not.toContain('absent');
  });

  it('fails where the browser refuses to open it', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(installedVersion(refusing, 'any')).rejects.toThrow('denied');
  });
});
