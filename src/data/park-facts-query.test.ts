import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetText, parkFactsText, shippedDataset } from '../testing/shipped-data';
import { DataLoadError } from './data-load-error';
import { parkFactsQuery, queryKeys } from './queries';

/** The park-facts loader: the file parsed with its schema, and its park ids checked against the dataset's. */
function serve(files: Record<string, string | number>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const body = files[url.replace(/^\//, '')];
      if (body === undefined || typeof body === 'number')
        return Promise.resolve(new Response('', { status: typeof body === 'number' ? body : 404 }));
      return Promise.resolve(new Response(body, { status: 200 }));
    }),
  );
}
const client = () => {
  const c = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  c.setQueryData(queryKeys.dataset, shippedDataset);
  return c;
};

afterEach(() => vi.unstubAllGlobals());

describe('parkFactsQuery', () => {
  it('loads and parses the shipped file', async () => {
    serve({ 'data/zhaoqing-parks.json': parkFactsText, 'data/zhaoqing-2024.json': datasetText });
    const facts = await client().fetchQuery(parkFactsQuery);
    expect(facts.parkFacts).toHaveLength(47);
  });

  it('names the field of a park the dataset does not have', async () => {
    const edited = JSON.parse(parkFactsText) as { parkFacts: { parks: string[] }[] };
    const [first] = edited.parkFacts;
    if (first) first.parks = ['atlantis'];
    serve({ 'data/zhaoqing-parks.json': JSON.stringify(edited) });
    const error = await client()
      .fetchQuery(parkFactsQuery)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toBe(
      'data/zhaoqing-parks.json: parkFacts[0].parks[0]: unknown park "atlantis"',
    );
  });

  it('fails on its own when the file is missing, naming it', async () => {
    serve({ 'data/zhaoqing-parks.json': 404 });
    await expect(client().fetchQuery(parkFactsQuery)).rejects.toThrow('data/zhaoqing-parks.json: HTTP 404');
  });
});
