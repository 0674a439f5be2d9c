/**
 * The shipped files, read and parsed once per test file (not once per test, nor once per copy of a
 * helper): the dataset and the follow-up file as the app parses them, and the geography.
 * Tests that change a file's content take `shippedJson()` (a fresh, unparsed copy) or
 * `structuredClone` the parsed one; the objects here are shared by every test of the file.
 */
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../domain/schema/dataset-schema';
import { followupSchema, type Followup } from '../domain/schema/followup-schema';
import { geographySchema, type Geography } from '../domain/schema/geo-schema';
import { parkFactsSchema, type ParkFacts } from '../domain/schema/park-facts-schema';

// Vitest runs in the repository's root.
const read = (path: string) => readFileSync(`public/${path}`, 'utf8');

/** public/data/zhaoqing-2024.json, as text. */
export const datasetText = read('data/zhaoqing-2024.json');
/** public/data/zhaoqing-followup.json, as text. */
export const followupText = read('data/zhaoqing-followup.json');
/** public/data/zhaoqing-parks.json, as text. */
export const parkFactsText = read('data/zhaoqing-parks.json');
/** public/geo/zhaoqing.json, as text. */
export const geographyText = read('geo/zhaoqing.json');

/** The shipped dataset, parsed by the app's schema. */
export const shippedDataset: Dataset = datasetSchema.parse(JSON.parse(datasetText));
/** The shipped follow-up file, parsed by the app's schema. */
export const shippedFollowup: Followup = followupSchema.parse(JSON.parse(followupText));
/** The shipped park-facts file, parsed by the app's schema. */
export const shippedParkFacts: ParkFacts = parkFactsSchema.parse(JSON.parse(parkFactsText));
/** The shipped geography (counties, neighbours, outline), parsed by the app's schema. */
export const shippedGeography: Geography = geographySchema.parse(JSON.parse(geographyText));

/** A fresh, unparsed copy of the dataset file's JSON, to change (fixtures, schema tests). */
export const shippedJson = (): Record<string, unknown> => JSON.parse(datasetText) as Record<string, unknown>;
