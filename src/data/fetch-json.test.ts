import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VALIDATED_DATA_META, validatedDataMeta } from '../../scripts/first-screen-contract.mjs';
import { datasetSchema } from '../domain/schema/dataset-schema';
import { datasetText, shippedDataset } from '../testing/shipped-data';
import { DataLoadError } from './data-load-error';
import { fetchJson } from './fetch-json';

const FILE = 'data/zhaoqing-2024.json';

/** A built page that says the build checked `checked` (the meta prerender.mjs writes), serving `served`. */
function page(checked: string, served: string) {
  const content = /content="([^"]*)"/.exec(
    validatedDataMeta({ [FILE]: createHash('sha256').update(checked).digest('base64') }),
  )?.[1];
  vi.stubGlobal('document', {
    querySelector: (selector: string) =>
      selector === `meta[name="${VALIDATED_DATA_META}"]` ? { content } : null,
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(served, { status: 200 }))),
  );
}
afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('takes the file the build checked without loading its schema', async () => {
    page(datasetText, datasetText);
    const loadSchema = vi.fn(() => Promise.resolve(datasetSchema));
    expect(await fetchJson(FILE, loadSchema)).toEqual(shippedDataset);
    expect(loadSchema).not.toHaveBeenCalled();
  });

  it('checks a file edited since the build, and names its bad field', async () => {
    const edited = datasetText.replace('"#', '"no colour #');
    page(datasetText, edited);
    const loadSchema = vi.fn(() => Promise.resolve(datasetSchema));
    const error = await fetchJson(FILE, loadSchema).catch((e: unknown) => e);
    expect(loadSchema).toHaveBeenCalledOnce();
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toMatch(/^data\/zhaoqing-2024\.json: sectors\[0\]\.color: /);
  });

  it('checks an unchanged file when the page has no digests (vite dev, a page it did not build)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(datasetText, { status: 200 }))),
    );
    const loadSchema = vi.fn(() => Promise.resolve(datasetSchema));
    expect(await fetchJson(FILE, loadSchema)).toEqual(shippedDataset);
    expect(loadSchema).toHaveBeenCalledOnce();
  });
});
