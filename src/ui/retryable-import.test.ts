import { describe, expect, it, vi } from 'vitest';
import { retryableImport } from './retryable-import';

describe('retryableImport', () => {
  it('after a failure naming its file, tries that file again under a fresh address', async () => {
    const importer = vi.fn(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: http://x.test/assets/a-1.js'),
      ),
    );
    const importFile = vi
      .fn<(address: string) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new TypeError('Failed to fetch dynamically imported module: http://x.test/assets/a-1.js?retry=1'),
      )
      .mockResolvedValueOnce({ ok: true });
    const load = retryableImport(importer, importFile);
    await expect(load()).rejects.toThrow('a-1.js');
    await expect(load()).rejects.toThrow('a-1.js?retry=1');
    await expect(load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(1);
    expect(importFile.mock.calls.map(([address]) => address)).toEqual([
      'http://x.test/assets/a-1.js?retry=1',
      'http://x.test/assets/a-1.js?retry=2',
    ]);
  });

  it('calls the import again where the error names no file, and resolves once it loads', async () => {
    const importer = vi
      .fn<() => Promise<{ ok: boolean }>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce({ ok: true });
    const load = retryableImport(importer);
    await expect(load()).rejects.toThrow('failed');
    await expect(load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
