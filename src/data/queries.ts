import { queryOptions } from '@tanstack/react-query';
import { datasetSchema } from '../domain/dataset-schema';
import { geographySchema } from '../domain/geo-schema';
import { fetchJson } from './fetch-json';

export const DATASET_FILE = 'data/zhaoqing-2024.json';
export const GEOGRAPHY_FILE = 'geo/zhaoqing.json';

export const queryKeys = {
  dataset: ['dataset', DATASET_FILE] as const,
  geography: ['geography', GEOGRAPHY_FILE] as const,
};

// Both files are static for a page's life: never refetch on focus; a deploy changes them on reload.
export const datasetQuery = queryOptions({
  queryKey: queryKeys.dataset,
  queryFn: ({ signal }) => fetchJson(DATASET_FILE, datasetSchema, signal),
  staleTime: Infinity,
});

export const geographyQuery = queryOptions({
  queryKey: queryKeys.geography,
  queryFn: ({ signal }) => fetchJson(GEOGRAPHY_FILE, geographySchema, signal),
  staleTime: Infinity,
});
