import type { Dataset, Lang, Park } from '../schema/dataset-schema';
import type {
  LinkFact,
  ParkCaveat,
  ParkFact,
  ParkFactConfidence,
  ParkFactField,
  ParkFacts,
} from '../schema/park-facts-schema';
import { labelSeparator } from '../text/localize';
import { cellOf, NOT_PUBLISHED, type PartialRows } from './compare-cells';
import type { CompareItem, CompareRowId } from './compare-rows';
import { COMPARE_WORDS } from './compare-words';

/**
 * The rows the park-facts file fills (docs/facts/zhaoqing-parks-connectivity.md): level and
 * designations, year established, areas each with what they are the area of (never merged),
 * industries as stated, firm counts with their dates, infrastructure, connectivity and contact.
 * Only facts the file attaches to a park are shown for it (never city-wide or context rows).
 */

/** Which row shows a fact of each field. */
const ROW_OF_FIELD: Record<ParkFactField, CompareRowId> = {
  level: 'level',
  designation: 'level',
  established: 'established',
  area: 'area',
  land: 'area',
  industries: 'industries',
  target: 'industries',
  firms: 'firms',
  infrastructure: 'infrastructure',
  travel: 'connectivity',
  distance: 'connectivity',
  port: 'connectivity',
  contact: 'contact',
  location: 'position',
};
const FACT_ROWS: readonly CompareRowId[] = [
  'position',
  'level',
  'established',
  'area',
  'industries',
  'firms',
  'infrastructure',
  'connectivity',
  'contact',
];

/** "low–medium" reads as low in a cell: a weak row always shows that it is weak. */
const confidenceOf = (c: ParkFactConfidence): 'high' | 'medium' | 'low' => (c === 'medium-low' ? 'low' : c);

/** The caveats that apply to a fact, by the file's own lists. */
const caveatsOf = (caveats: readonly ParkCaveat[], id: string) => caveats.filter((c) => c.facts.includes(id));

function factItem(
  fact: ParkFact | LinkFact,
  row: CompareRowId,
  caveats: readonly ParkCaveat[],
  lang: Lang,
): CompareItem {
  const colon = labelSeparator(lang);
  const scope = 'areaOf' in fact && row === 'area' && fact.areaOf ? `${fact.areaOf[lang]}${colon}` : '';
  const label = 'item' in fact ? `${fact.item[lang]}${colon}` : '';
  const inferred = 'inferred' in fact ? fact.inferred : null;
  const notes = [
    fact.note?.[lang],
    inferred?.[lang],
    ...caveatsOf(caveats, fact.id).map((c) => `${c.id} ${c.title[lang]}`),
  ].filter((n): n is string => !!n);
  return {
    text: `${scope}${label}${fact.text[lang]}`,
    ...(fact.quote ? { quote: fact.quote } : {}),
    period: fact.period[lang],
    sources: fact.sources,
    confidence: confidenceOf(fact.confidence),
    ...(notes.length > 0 ? { note: notes.join(' · ') } : {}),
    ...(fact.planned ? { planned: true } : {}),
    ...(inferred ? { inferred: true } : {}),
  };
}

export function factCells(
  parkFacts: ParkFacts | undefined,
  _dataset: Dataset,
  parks: readonly Park[],
  lang: Lang,
): PartialRows {
  if (!parkFacts) return {};
  const w = COMPARE_WORDS[lang];
  const { caveats } = parkFacts;
  const caveat = (id: string) => parkFacts.caveats.find((c) => c.id === id);
  const rows: PartialRows = {};
  for (const row of FACT_ROWS) {
    const cells = parks.map((park) => {
      const own = parkFacts.parkFacts.filter(
        (f) =>
          f.scope === 'park' && f.parks.includes(park.id) && f.fields.some((x) => ROW_OF_FIELD[x] === row),
      );
      const items = own.map((f) => factItem(f, row, caveats, lang));
      if (row === 'connectivity')
        for (const k of parkFacts.linkFacts)
          // K-28 only points at P-11 and P-12, which the row shows already.
          if (k.parks.includes(park.id) && k.quote !== null) items.push(factItem(k, row, caveats, lang));
      return cellOf(items);
    });
    if (cells.every((c) => c === NOT_PUBLISHED) && row !== 'contact') {
      rows[row] = { cells };
      continue;
    }
    const note = rowNote(
      row,
      cells.some((c) => c !== NOT_PUBLISHED),
    );
    rows[row] = note ? { cells, note } : { cells };
  }
  // How much the file holds on each park, beside the dataset's own count.
  rows.documentation = {
    cells: parks.map((park) => {
      const own = parkFacts.parkFacts.filter((f) => f.scope === 'park' && f.parks.includes(park.id));
      const links = parkFacts.linkFacts.filter((k) => k.parks.includes(park.id));
      const sources = new Set([...own, ...links].flatMap((f) => f.sources));
      return cellOf([{ text: w.factsKnown(own.length + links.length, sources.size), sources: [] }]);
    }),
  };
  return rows;

  function rowNote(row: CompareRowId, any: boolean): string | undefined {
    const titles = (ids: string[]) =>
      ids.flatMap((id) => {
        const c = caveat(id);
        return c ? [`${c.id} ${c.title[lang]}.`] : [];
      });
    switch (row) {
      case 'area':
        return any ? w.areaNote : undefined;
      case 'firms':
        return any ? w.firmsNote : undefined;
      case 'connectivity':
        return any ? titles(['KC-06', 'KC-07', 'KC-08']).join(' ') : undefined;
      case 'contact':
        // The only official contact found is one website; say so in every comparison (KC-17).
        return caveat('KC-17')?.text[lang];
      default:
        return undefined;
    }
  }
}
