import type { Dataset, Lang } from '../schema/dataset-schema';
import type { LinkFact, NotFound, ParkCaveat, ParkFact, ParkFacts } from '../schema/park-facts-schema';
import type { CsvCell } from '../charts/csv';
import { bilingual, listCell, perLang, table, type Column } from './csv-table';
import type { ExportWords } from './export-words';

/**
 * The park-facts file (public/data/zhaoqing-parks.json) as tables: each park fact and connectivity
 * fact with its qualifiers (the facts file's tokens), period as worded, the quote in its own
 * script, sources, confidence, scope note and whether it is planned; what was looked for and not
 * found; and the caveats (KC-…) with the facts they apply to.
 */

type Fact = ParkFact | LinkFact;

function factColumns<T extends Fact>(d: Dataset, lang: Lang, words: ExportWords): Column<T>[] {
  const parkName = new Map(d.parks.map((p) => [p.id, p.name]));
  return [
    ['park_ids', (f) => listCell(f.parks)],
    ...bilingual<T>('parks', lang, (f) =>
      perLang((l) => listCell(f.parks.map((p) => parkName.get(p)?.[l] ?? p))),
    ),
    ...bilingual<T>('text', lang, (f) => f.text),
    ['qualifier_codes', (f) => listCell(f.qualifiers)],
    ...bilingual<T>('period', lang, (f) => f.period),
    ['planned', (f) => (f.planned ? words.yes : words.no)],
    ['quote', (f) => f.quote],
    ['quote_lang', (f) => f.quoteLang],
    ['sources', (f) => listCell(f.sources)],
    ['confidence_code', (f) => f.confidence],
    [`confidence_${lang}`, (f) => words.confidence[f.confidence]],
    ...bilingual<T>('note', lang, (f) => f.note),
  ];
}

export function parkFactsTable(d: Dataset, facts: ParkFacts, lang: Lang, words: ExportWords): CsvCell[][] {
  return table<ParkFact>(facts.parkFacts, [
    ['id', (f) => f.id],
    ['scope_code', (f) => f.scope],
    ['field_codes', (f) => listCell(f.fields)],
    ...factColumns<ParkFact>(d, lang, words),
    ...bilingual<ParkFact>('area_of', lang, (f) => f.areaOf),
    ...bilingual<ParkFact>('inferred', lang, (f) => f.inferred),
  ]);
}

export function connectivityTable(d: Dataset, facts: ParkFacts, lang: Lang, words: ExportWords): CsvCell[][] {
  return table<LinkFact>(facts.linkFacts, [
    ['id', (f) => f.id],
    ['mode_code', (f) => f.mode],
    ...bilingual<LinkFact>('item', lang, (f) => f.item),
    ...factColumns<LinkFact>(d, lang, words),
  ]);
}

export function parkNotFoundTable(d: Dataset, facts: ParkFacts, lang: Lang): CsvCell[][] {
  const parkName = new Map(d.parks.map((p) => [p.id, p.name]));
  return table<NotFound>(facts.notFound, [
    ['id', (n) => n.id],
    ['park_ids', (n) => listCell(n.parks)],
    ...bilingual<NotFound>('parks', lang, (n) =>
      perLang((l) => listCell(n.parks.map((p) => parkName.get(p)?.[l] ?? p))),
    ),
    ['field_codes', (n) => listCell(n.fields)],
    ...bilingual<NotFound>('text', lang, (n) => n.text),
  ]);
}

export function parkCaveatsTable(facts: ParkFacts, lang: Lang): CsvCell[][] {
  return table<ParkCaveat>(facts.caveats, [
    ['id', (c) => c.id],
    ...bilingual<ParkCaveat>('title', lang, (c) => c.title),
    ...bilingual<ParkCaveat>('text', lang, (c) => c.text),
    ['facts', (c) => listCell(c.facts)],
  ]);
}
