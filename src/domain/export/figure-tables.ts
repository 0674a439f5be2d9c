import type { Dataset, Indicator, Lang, SecondaryFact, Source } from '../schema/dataset-schema';
import type { Confidence, Followup, FollowupSource } from '../schema/followup-schema';
import type { ParkFacts, ParkSource } from '../schema/park-facts-schema';
import type { CsvCell } from '../charts/csv';
import { sourcesAsOf } from '../text/figure-dates';
import { formatFigureLine } from '../text/format-figure';
import { bilingual, listCell, table } from './csv-table';
import type { ExportWords } from './export-words';
import { lookups } from './dataset-tables';

/**
 * The figures with everything the page prints beside them: the figure in words as the page shows
 * it (qualifier included: "more than CNY 100 bn"), then the number, the unit and the qualifier as
 * codes and in words, the kind, the period as stated, the sectors or "city-wide", the park it
 * belongs to, the source's own words (Chinese) and the sources with their date. A figure the
 * sources give no number for says so in words; a listing says it has no figure.
 */
export function figuresTable(d: Dataset, lang: Lang, words: ExportWords): CsvCell[][] {
  const lk = lookups(d);
  const missing = (i: Indicator) => (i.qualifier === 'none' ? words.noFigure : words.notPublished);
  return table<Indicator>(d.indicators, [
    ['id', (i) => i.id],
    ['fact', (i) => i.fact],
    ...bilingual<Indicator>('figure', lang, (i) => i.label),
    // The page's words, in the reader's language; the source's own are in quote_zh-Hans.
    [`as_stated_${lang}`, (i) => formatFigureLine(i, lang, missing(i))],
    ['value', (i) => i.value],
    ['ratio', (i) => (i.ratio ? `${i.ratio[0]}/${i.ratio[1]}` : null)],
    ['unit_code', (i) => i.unit],
    [`unit_${lang}`, (i) => words.unit[i.unit]],
    ['qualifier_code', (i) => i.qualifier],
    [`qualifier_${lang}`, (i) => words.qualifier[i.qualifier]],
    ['kind_code', (i) => i.kind],
    [`kind_${lang}`, (i) => words.figureKind[i.kind]],
    ['period', (i) => i.period],
    ...bilingual<Indicator>('period_words', lang, (i) => i.periodWords),
    ['sector_ids', (i) => listCell(i.sectors)],
    [
      `sectors_${lang}`,
      (i) =>
        i.sectors.length ? listCell(i.sectors.map((s) => lk.sector.get(s)?.[lang] ?? s)) : words.cityWide,
    ],
    ['park_id', (i) => i.park],
    ...bilingual<Indicator>('park', lang, (i) => (i.park ? lk.park.get(i.park)?.name : null)),
    ['quote_zh-Hans', (i) => i.quote],
    ['sources', (i) => listCell(i.sources)],
    ['sources_dated', (i) => sourcesAsOf(d, i.sources)],
  ]);
}

/** Facts known from secondary material only (X01…), each with its confidence. */
export function secondaryFactsTable(d: Dataset, lang: Lang, words: ExportWords): CsvCell[][] {
  return table<SecondaryFact>(d.secondaryFacts, [
    ['id', (x) => x.id],
    ...bilingual<SecondaryFact>('text', lang, (x) => x.text),
    ['as_of', (x) => x.asOf],
    ['confidence_code', (x) => x.confidence],
    [`confidence_${lang}`, (x) => words.confidence[x.confidence]],
    ['sources', (x) => listCell(x.sources)],
  ]);
}

/** One row of sources.csv: a source of the dataset or of the follow-up file. */
interface SourceRow {
  file: 'dataset' | 'follow-up' | 'park-facts';
  id: string;
  outlet: Source['outlet'];
  /** The piece's own headline (in its original language), or null where it has none on file. */
  originalTitle: string | null;
  /** Our description of a piece without a known headline, or a gloss of the headline. */
  description: Source['titleGloss'] | null;
  date: string | null;
  dateNote: Source['titleGloss'] | null;
  urls: readonly string[];
  tier: Source['tier'] | null;
  confidence: Confidence | null;
  note: Source['titleGloss'] | null;
}

const datasetSource = (s: Source): SourceRow => ({
  file: 'dataset',
  id: s.id,
  outlet: s.outlet,
  originalTitle: s.titleKind === 'original' ? s.title : null,
  description: s.titleGloss,
  date: s.date,
  dateNote: s.dateNote ?? null,
  urls: s.url ? [s.url] : [],
  tier: s.tier,
  confidence: s.confidence,
  note: null,
});

/** The follow-up and park-facts files list their sources alike (a title that is the page's own or a description). */
const titledSource = (
  file: SourceRow['file'],
  s: FollowupSource | ParkSource,
  confidence: SourceRow['confidence'],
): SourceRow => ({
  file,
  id: s.id,
  outlet: s.outlet,
  originalTitle: s.title.kind === 'original' ? s.title.text : null,
  description: s.title.kind === 'description' ? s.title.text : null,
  date: s.date,
  dateNote: s.dateNote,
  urls: s.urls,
  tier: null,
  confidence,
  note: s.note,
});
const followupSource = (s: FollowupSource) => titledSource('follow-up', s, s.confidence);
// The park-facts file rates each fact, not each source.
const parkFactSource = (s: ParkSource) => titledSource('park-facts', s, null);

/** Every source in full: outlet, the original headline, our gloss or description, date, address. */
export function sourcesTable(
  d: Dataset,
  followup: Followup | null,
  parkFacts: ParkFacts | null,
  lang: Lang,
  words: ExportWords,
): CsvCell[][] {
  const rows = [
    ...d.sources.map(datasetSource),
    ...(followup?.sources.map(followupSource) ?? []),
    ...(parkFacts?.sources.map(parkFactSource) ?? []),
  ];
  return table<SourceRow>(rows, [
    ['id', (s) => s.id],
    ['file', (s) => s.file],
    ...bilingual<SourceRow>('outlet', lang, (s) => s.outlet),
    ['original_title', (s) => s.originalTitle],
    ...bilingual<SourceRow>('gloss_or_description', lang, (s) => s.description),
    ['date', (s) => s.date],
    ...bilingual<SourceRow>('date_note', lang, (s) => s.dateNote),
    ['url', (s) => listCell(s.urls)],
    ['tier_code', (s) => s.tier],
    [`tier_${lang}`, (s) => (s.tier ? words.sourceTier[s.tier] : null)],
    ['confidence_code', (s) => s.confidence],
    [`confidence_${lang}`, (s) => (s.confidence ? words.confidence[s.confidence] : null)],
    ...bilingual<SourceRow>('note', lang, (s) => s.note),
  ]);
}
