import type { Dataset, Lang } from '../schema/dataset-schema';
import type { ParkFacts } from '../schema/park-facts-schema';
import { datasetCells } from './compare-dataset-rows';
import { factCells } from './compare-fact-rows';
import { resolveSources } from './compare-sources';
import { cellOf, type RowCells } from './compare-cells';

/**
 * The comparison of 2–4 parks, row by row: the table the compare view and the one-page brief
 * render. Pure; every cell's text is in the reader's language, with its qualifier, period, source
 * ids and confidence; where the sources are silent the cell is `not-published`, never a blank.
 */

/** The rows of a comparison, in display order. Row labels are UI strings keyed by id (features/compare). */
export type CompareRowId =
  | 'tier'
  | 'county'
  | 'position'
  | 'level'
  | 'established'
  | 'area'
  | 'sectors'
  | 'industries'
  | 'firms'
  | 'infrastructure'
  | 'figures'
  | 'connectivity'
  | 'contact'
  | 'documentation';

export const COMPARE_ROW_IDS: readonly CompareRowId[] = [
  'tier',
  'county',
  'position',
  'level',
  'established',
  'area',
  'sectors',
  'industries',
  'firms',
  'infrastructure',
  'figures',
  'connectivity',
  'contact',
  'documentation',
];

export interface CompareItem {
  /** The fact in the reader's language, with its qualifier in words ("about 992 km² (planned area)"). */
  text: string;
  /** The source's own words (Chinese or the English original), when there is one. */
  quote?: string;
  /** Period or "as of", in the reader's language ("2022-06", "year not stated"). */
  period?: string;
  /** Source ids as the app knows them (S1…, YS05…, PS-07…); resolved in CompareTable.sources. */
  sources: readonly string[];
  confidence?: 'high' | 'medium' | 'low';
  /** Scope note or caveat in the reader's language (KC-…, C…): shown beside the item. */
  note?: string;
  /** A planned thing (a line not yet open, the hub airport, planned investment). */
  planned?: boolean;
  /** The link is the dataset's inference, not stated by a source. */
  inferred?: boolean;
}

export type CompareCell = { kind: 'items'; items: readonly CompareItem[] } | { kind: 'not-published' }; // the sources are silent: the UI prints "not published"

export interface CompareRow {
  id: CompareRowId;
  /** One cell per park, in CompareTable.parkIds order. */
  cells: readonly CompareCell[];
  /** A row-wide note, e.g. that the infrastructure standard is a block-wide requirement. */
  note?: string;
  /** Whether the cells differ (so the UI can mark differences). */
  differs: boolean;
}

export interface CompareSource {
  id: string;
  /** One line in the reader's language: outlet, title (《》 only for original titles), date, "mirror"/"repost". */
  label: string;
  url?: string;
  confidence?: 'high' | 'medium' | 'low';
}

export interface CompareTable {
  parkIds: readonly string[];
  /** Park names in the reader's language, same order. */
  names: readonly string[];
  rows: readonly CompareRow[];
  /** Every source cited in the rows, each once, in first-cited order. */
  sources: readonly CompareSource[];
  /** The date of the data (the newest source date of the rows), for the brief's title line. */
  dataDate: string;
}

export interface CompareInput {
  /** The parsed zhaoqing-2024.json. */
  dataset: Dataset;
  /** The parsed park-facts file (zhaoqing-parks.json); undefined while it loads. */
  parkFacts?: ParkFacts;
  lang: Lang;
}

const itemsOf = (cell: CompareCell | undefined): readonly CompareItem[] =>
  cell?.kind === 'items' ? cell.items : [];

/** The dataset's cells of a row followed by the park-facts file's, item by item; notes joined. */
function mergeRows(n: number, a: RowCells | undefined, b: RowCells | undefined): RowCells {
  const cells = Array.from({ length: n }, (_, i) =>
    cellOf([...itemsOf(a?.cells[i]), ...itemsOf(b?.cells[i])]),
  );
  const notes = [a?.note, b?.note].filter((x): x is string => !!x);
  return notes.length > 0 ? { cells, note: notes.join(' ') } : { cells };
}

/** Whether the cells differ: what a reader sees in each (text, period, qualifier marks), compared. */
export function cellsDiffer(cells: readonly CompareCell[]): boolean {
  const keys = new Set(
    cells.map((c) =>
      c.kind === 'not-published'
        ? '∅'
        : JSON.stringify(
            c.items.map((i) => [i.text, i.period ?? '', i.planned ?? false, i.inferred ?? false]),
          ),
    ),
  );
  return keys.size > 1;
}

/**
 * The comparison of `parkIds` (ids the dataset does not have are left out, so a stale link still
 * opens). Rows come in COMPARE_ROW_IDS order; the park-facts rows are `not-published` until that
 * file has loaded, and for a park it says nothing about.
 */
export function compareTable(input: CompareInput, parkIds: readonly string[]): CompareTable {
  const { dataset, parkFacts, lang } = input;
  const parks = parkIds.flatMap((id) => {
    const park = dataset.parks.find((p) => p.id === id);
    return park ? [park] : [];
  });
  const fromDataset = datasetCells(dataset, parks, lang);
  const fromFacts = factCells(parkFacts, dataset, parks, lang);
  const rows: CompareRow[] = COMPARE_ROW_IDS.map((id) => {
    const row = mergeRows(parks.length, fromDataset[id], fromFacts[id]);
    return { id, cells: row.cells, ...(row.note ? { note: row.note } : {}), differs: cellsDiffer(row.cells) };
  });
  const cited: string[] = [];
  for (const row of rows)
    for (const cell of row.cells)
      if (cell.kind === 'items')
        for (const item of cell.items) for (const s of item.sources) if (!cited.includes(s)) cited.push(s);
  const { sources, dataDate } = resolveSources(cited, dataset, parkFacts, lang);
  return {
    parkIds: parks.map((p) => p.id),
    names: parks.map((p) => p.name[lang]),
    rows,
    sources,
    dataDate,
  };
}
