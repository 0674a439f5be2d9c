import type { Dataset, Lang } from '../schema/dataset-schema';
import type { Caveat, Followup, FollowupFigure } from '../schema/followup-schema';
import type { Outcome } from '../schema/outcome-pair-schema';
import type { CsvCell } from '../charts/csv';
import { indexFollowup, outcomeCard, type LaterFigure, type OutcomeCard } from '../outcomes/outcomes';
import { formatFigureLine } from '../text/format-figure';
import { formatLaterFigure } from '../text/format-later';
import { bilingual, listCell, table, type Column } from './csv-table';
import type { ExportWords } from './export-words';

/**
 * What later sources say (the follow-up file): every later figure with its qualifier, period as
 * worded, scope, quote and confidence; and each target beside its later figures with the verdict
 * as the Outcomes tab decides it (a code, and the reason in words), never a computed ratio.
 */

const laterText = (f: FollowupFigure, lang: Lang, words: ExportWords): string =>
  formatLaterFigure(f, lang) ??
  (f.qualifier === 'not-found'
    ? words.notFound
    : f.qualifier === 'qualitative'
      ? words.statement
      : words.notPublished);

/** The columns of one later figure, each header after `prefix`. */
function laterColumns<T>(
  prefix: string,
  lang: Lang,
  words: ExportWords,
  get: (row: T) => LaterFigure,
): Column<T>[] {
  return [
    [`${prefix}figure_id`, (r) => get(r).figure.id],
    [`${prefix}fact_id`, (r) => get(r).fact.id],
    ...bilingual<T>(`${prefix}figure`, lang, (r) => get(r).figure.label),
    [`${prefix}as_stated_${lang}`, (r) => laterText(get(r).figure, lang, words)],
    [`${prefix}value`, (r) => get(r).figure.value],
    [`${prefix}unit_code`, (r) => get(r).figure.unit],
    [`${prefix}qualifier_code`, (r) => get(r).figure.qualifier],
    [`${prefix}tier_code`, (r) => get(r).figure.tier ?? null],
    [`${prefix}kind_code`, (r) => get(r).figure.kind],
    ...bilingual<T>(`${prefix}period`, lang, (r) => get(r).period),
    [`${prefix}period_inferred`, (r) => (get(r).periodInferred ? words.yes : words.no)],
    [`${prefix}stated_on`, (r) => get(r).statedOn],
    [`${prefix}quote_zh-Hans`, (r) => get(r).fact.quote],
    ...bilingual<T>(`${prefix}scope`, lang, (r) => get(r).fact.scope),
    [`${prefix}sources`, (r) => listCell(get(r).fact.sources)],
    [`${prefix}confidence_code`, (r) => get(r).fact.confidence],
    [
      `${prefix}confidence_${lang}`,
      (r) => {
        const confidence = get(r).fact.confidence;
        return confidence ? words.confidence[confidence] : null;
      },
    ],
  ];
}

export function laterFactsTable(followup: Followup, lang: Lang, words: ExportWords): CsvCell[][] {
  const index = indexFollowup(followup);
  const rows = followup.facts.flatMap((fact) => fact.figures.flatMap((f) => index.figure(f.id) ?? []));
  return table<LaterFigure>(rows, [
    ['topic', (r) => r.fact.topic],
    ['sector_ids', (r) => listCell(r.fact.sectors)],
    ...bilingual<LaterFigure>('summary', lang, (r) => r.fact.summary),
    ...laterColumns<LaterFigure>('', lang, words, (r) => r),
  ]);
}

interface OutcomeRow {
  card: OutcomeCard;
  outcome: Outcome;
  later: LaterFigure;
}

export function targetsTable(d: Dataset, followup: Followup, lang: Lang, words: ExportWords): CsvCell[][] {
  const index = indexFollowup(followup);
  const rows = followup.pairs.flatMap((pair) => {
    const card = outcomeCard(d, followup, pair, index);
    return card.outcomes.map((o): OutcomeRow => ({ card, ...o }));
  });
  const targetText = (card: OutcomeCard) =>
    listCell(
      card.targets.map((t) =>
        t.from === 'dataset'
          ? formatFigureLine(
              t.indicator,
              lang,
              t.indicator.qualifier === 'none' ? words.noFigure : words.notPublished,
            )
          : laterText(t.figure, lang, words),
      ),
    );
  return table<OutcomeRow>(rows, [
    ['target_id', (r) => r.card.pair.id],
    ...bilingual<OutcomeRow>('target', lang, (r) => r.card.pair.title),
    ['basis_code', (r) => r.card.pair.basis],
    ['sector_ids', (r) => listCell(r.card.pair.sectors)],
    ...bilingual<OutcomeRow>('scope', lang, (r) => r.card.pair.scope),
    ['target_refs', (r) => listCell(r.card.pair.target.map((t) => ('fact' in t ? t.fact : t.figure)))],
    [`target_as_stated_${lang}`, (r) => targetText(r.card)],
    ...bilingual<OutcomeRow>('target_note', lang, (r) => r.card.pair.targetNote),
    ['verdict_code', (r) => r.card.verdict],
    ...bilingual<OutcomeRow>('verdict_reason', lang, (r) => r.card.pair.reason),
    ...bilingual<OutcomeRow>('verdict_basis', lang, (r) => r.card.pair.verdictBasis),
    ['decided_by', (r) => listCell(r.card.decidedBy)],
    ['caveats', (r) => listCell(r.card.pair.caveats)],
    ['relation_code', (r) => r.outcome.relation],
    ['source_verdict_code', (r) => (r.outcome.relation === 'same-measure' ? r.outcome.sourceVerdict : null)],
    ['context_code', (r) => (r.outcome.relation === 'context' ? r.outcome.why : null)],
    ...laterColumns<OutcomeRow>('later_', lang, words, (r) => r.later),
  ]);
}

export function caveatsTable(followup: Followup, lang: Lang): CsvCell[][] {
  return table<Caveat>(followup.caveats, [
    ['id', (c) => c.id],
    ...bilingual<Caveat>('title', lang, (c) => c.title),
    ...bilingual<Caveat>('text', lang, (c) => c.text),
    ['facts', (c) => listCell(c.facts)],
  ]);
}
