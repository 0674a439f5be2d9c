import { renderToString } from 'react-dom/server';
import type { ZodMiniType } from 'zod/mini';
import { screenIdPrefix } from '../scripts/first-screen-contract.mjs';
import { AppProviders } from './app/app-providers';
import { createAppQueryClient } from './app/app';
import { Dashboard } from './app/dashboard';
import { LinkOpening } from './app/link-opening';
import { PARSE_OPTIONS } from './data/fetch-json';
import { DATASET_FILE, FOLLOWUP_FILE, GEOGRAPHY_FILE, PARK_FACTS_FILE, queryKeys } from './data/queries';
import { datasetSchema, type Lang } from './domain/schema/dataset-schema';
import { geographySchema } from './domain/schema/geo-schema';
import { followupSchema } from './domain/schema/followup-schema';
import { parkFactsSchema } from './domain/schema/park-facts-schema';
import { ALL_MESSAGES } from './i18n/all-messages';
import { createI18n } from './i18n/create-i18n';
import { createViewStore } from './state/view-store';
import { ScreenIdPrefix } from './ui/screen-ids';

export { LANGS } from './domain/schema/dataset-schema';

/** The data files the app reads with a schema (src/data/queries.ts), each with its schema. */
const SCHEMAS: Readonly<Record<string, ZodMiniType | undefined>> = {
  [DATASET_FILE]: datasetSchema,
  [GEOGRAPHY_FILE]: geographySchema,
  [FOLLOWUP_FILE]: followupSchema,
  [PARK_FACTS_FILE]: parkFactsSchema,
};
export const SCHEMA_FILES = Object.keys(SCHEMAS);

/**
 * A data file through its schema as the app parses it: the parsed value, or the first problem by
 * field. prerender.mjs compares the value with the file (a schema drops what it does not know).
 */
export function parseDataFile(file: string, json: unknown): { data: unknown } | { problem: string } {
  const schema = SCHEMAS[file];
  if (!schema) return { problem: `no schema for ${file}` };
  const parsed = schema.safeParse(json, PARSE_OPTIONS);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
}

/**
 * The first screen as HTML, rendered at build time (scripts/prerender.mjs) from the same files the
 * app loads: the default view in one language, with the outline standing in for the map. It paints
 * before any JavaScript has run; the app then takes over with the live data.
 */
export function renderFirstScreen(datasetJson: unknown, geographyJson: unknown, lang: Lang): string {
  const dataset = datasetSchema.parse(datasetJson, PARSE_OPTIONS);
  const geography = geographySchema.parse(geographyJson, PARSE_OPTIONS);
  const client = createAppQueryClient();
  client.setQueryData(queryKeys.dataset, dataset);
  client.setQueryData(queryKeys.geography, geography);
  // Three languages' screens share the page: their ids must not collide, neither the generated
  // ones (useId, with React's identifierPrefix) nor the named ones (useScreenIds).
  const idPrefix = screenIdPrefix(lang);
  return renderToString(
    <ScreenIdPrefix value={idPrefix}>
      <AppProviders i18n={createI18n(lang, ALL_MESSAGES)} client={client} store={createViewStore()}>
        <Dashboard dataset={dataset} geography={geography} />
        <LinkOpening />
      </AppProviders>
    </ScreenIdPrefix>,
    { identifierPrefix: idPrefix },
  );
}
