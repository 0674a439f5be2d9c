import { queryOptions } from '@tanstack/react-query';
import { DataLoadError } from './data-load-error';
import { fetchJson } from './fetch-json';
import { formatPath } from './format-issues';

export const DATASET_FILE = 'data/zhaoqing-2024.json';
export const GEOGRAPHY_FILE = 'geo/zhaoqing.json';
export const FOLLOWUP_FILE = 'data/zhaoqing-followup.json';
export const PARK_FACTS_FILE = 'data/zhaoqing-parks.json';

export const queryKeys = {
  dataset: ['dataset', DATASET_FILE] as const,
  geography: ['geography', GEOGRAPHY_FILE] as const,
  followup: ['followup', FOLLOWUP_FILE] as const,
  parkFacts: ['park-facts', PARK_FACTS_FILE] as const,
};

// Both files are static for a page's life: never refetch on focus; a deploy changes them on reload.
export const datasetQuery = queryOptions({
  queryKey: queryKeys.dataset,
  queryFn: ({ signal }) =>
    fetchJson(
      DATASET_FILE,
      () => import('../domain/schema/dataset-schema').then((m) => m.datasetSchema),
      signal,
    ),
  staleTime: Infinity,
});

export const geographyQuery = queryOptions({
  queryKey: queryKeys.geography,
  queryFn: ({ signal }) =>
    fetchJson(
      GEOGRAPHY_FILE,
      () => import('../domain/schema/geo-schema').then((m) => m.geographySchema),
      signal,
    ),
  staleTime: Infinity,
});

/**
 * What later sources say (2024–2026). Not on the first screen's path: its schema is a chunk of its
 * own, imported with the file, and the file is asked for only when something shows it (useFollowup).
 */
export const followupQuery = queryOptions({
  queryKey: queryKeys.followup,
  queryFn: ({ signal }) =>
    fetchJson(
      FOLLOWUP_FILE,
      () => import('../domain/schema/followup-schema').then((m) => m.followupSchema),
      signal,
    ),
  staleTime: Infinity,
});

/**
 * Park facts and connectivity (docs/facts/zhaoqing-parks-connectivity.md), for the comparison and
 * the brief. Like the follow-up file: its schema is a chunk of its own, and the file is asked for
 * only when something shows it (useParkFacts). The park ids it names are checked against the
 * dataset's (which the page holds already), so a fact never lands on a park that is not there.
 */
export const parkFactsQuery = queryOptions({
  queryKey: queryKeys.parkFacts,
  queryFn: async ({ signal, client }) => {
    const [{ unknownParkIds }, dataset] = await Promise.all([
      import('../domain/schema/park-facts-check'),
      client.ensureQueryData(datasetQuery),
    ]);
    const facts = await fetchJson(
      PARK_FACTS_FILE,
      () => import('../domain/schema/park-facts-schema').then((m) => m.parkFactsSchema),
      signal,
    );
    const unknown = unknownParkIds(facts, new Set(dataset.parks.map((p) => p.id)));
    if (unknown.length > 0)
      throw new DataLoadError(PARK_FACTS_FILE, {
        kind: 'schema',
        issues: unknown.map((u) => ({ path: formatPath(u.path), message: u.message, kind: 'other' })),
      });
    return facts;
  },
  staleTime: Infinity,
});
