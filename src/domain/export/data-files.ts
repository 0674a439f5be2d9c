import type { Dataset, Lang } from '../schema/dataset-schema';
import type { Followup } from '../schema/followup-schema';
import type { ParkFacts } from '../schema/park-facts-schema';
import { CSV_BOM, toCsv, type CsvCell } from '../charts/csv';
import { entitiesTable, linksTable, parksTable } from './dataset-tables';
import type { ExportWords } from './export-words';
import { figuresTable, secondaryFactsTable, sourcesTable } from './figure-tables';
import { caveatsTable, laterFactsTable, targetsTable } from './outcome-tables';
import { connectivityTable, parkCaveatsTable, parkFactsTable, parkNotFoundTable } from './park-fact-tables';

/**
 * All the data as files for one download: one CSV per table (RFC 4180, UTF-8 with a BOM so that
 * Excel reads the Chinese, formulas defused: domain/charts/csv.ts) and a README.txt that names
 * them, the dates and where the figures come from. Pure: the download feature zips what this returns.
 */

export const DATA_FILES = [
  'parks.csv',
  'firms-and-projects.csv',
  'link-basis.csv',
  'figures.csv',
  'secondary-facts.csv',
  'targets-and-outcomes.csv',
  'later-figures.csv',
  'caveats.csv',
  'park-facts.csv',
  'connectivity.csv',
  'park-facts-not-found.csv',
  'park-caveats.csv',
  'sources.csv',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export interface DataFile {
  name: string;
  text: string;
}

/** The README's sentences in the reader's language (the download feature's strings). */
export interface ReadmeWords {
  title: string;
  /** "Downloaded on {{date}} from {{url}}" with the values filled in. */
  downloaded: string;
  /** "The dataset's figures are as of {{date}}…" filled in. */
  dataAsOf: string;
  filesHeading: string;
  files: Record<DataFileName, string>;
  /** How the columns are named (_en, _zh-Hans, _code…). */
  columns: string;
  /** Where the figures come from, and on what terms they may be used. */
  sourcing: string;
  /** Said in place of the follow-up tables where that file could not be loaded. */
  followupMissing: string;
  /** Said in place of the park-facts tables where that file could not be loaded. */
  parkFactsMissing: string;
}

export interface DataFilesInput {
  dataset: Dataset;
  /** null where the follow-up file could not be loaded: its tables are left out, and the README says so. */
  followup: Followup | null;
  lang: Lang;
  words: ExportWords;
  readme: ReadmeWords;
  /** null where the park-facts file could not be loaded: as for the follow-up file. */
  parkFacts: ParkFacts | null;
}

/** The files made from the follow-up file. */
export const FOLLOWUP_FILES: readonly DataFileName[] = [
  'targets-and-outcomes.csv',
  'later-figures.csv',
  'caveats.csv',
];
/** The files made from the park-facts file. */
export const PARK_FACT_FILES: readonly DataFileName[] = [
  'park-facts.csv',
  'connectivity.csv',
  'park-facts-not-found.csv',
  'park-caveats.csv',
];

export function dataFiles({ dataset, followup, parkFacts, lang, words, readme }: DataFilesInput): DataFile[] {
  const tables: [DataFileName, CsvCell[][] | null][] = [
    ['parks.csv', parksTable(dataset, lang, words)],
    ['firms-and-projects.csv', entitiesTable(dataset, lang, words)],
    ['link-basis.csv', linksTable(dataset, lang, words)],
    ['figures.csv', figuresTable(dataset, lang, words)],
    ['secondary-facts.csv', secondaryFactsTable(dataset, lang, words)],
    ['targets-and-outcomes.csv', followup ? targetsTable(dataset, followup, lang, words) : null],
    ['later-figures.csv', followup ? laterFactsTable(followup, lang, words) : null],
    ['caveats.csv', followup ? caveatsTable(followup, lang) : null],
    ['park-facts.csv', parkFacts ? parkFactsTable(dataset, parkFacts, lang, words) : null],
    ['connectivity.csv', parkFacts ? connectivityTable(dataset, parkFacts, lang, words) : null],
    ['park-facts-not-found.csv', parkFacts ? parkNotFoundTable(dataset, parkFacts, lang) : null],
    ['park-caveats.csv', parkFacts ? parkCaveatsTable(parkFacts, lang) : null],
    ['sources.csv', sourcesTable(dataset, followup, parkFacts, lang, words)],
  ];
  const files: DataFile[] = tables.flatMap(([name, rows]) => (rows ? [{ name, text: toCsv(rows) }] : []));
  const lines = [
    readme.title,
    '',
    readme.downloaded,
    readme.dataAsOf,
    '',
    readme.filesHeading,
    ...tables.flatMap(([name, rows]) => (rows ? [`- ${name}: ${readme.files[name]}`] : [])),
    ...(followup ? [] : ['', readme.followupMissing]),
    ...(parkFacts ? [] : ['', readme.parkFactsMissing]),
    '',
    readme.columns,
    '',
    readme.sourcing,
  ];
  return [{ name: 'README.txt', text: CSV_BOM + lines.join('\r\n') + '\r\n' }, ...files];
}
