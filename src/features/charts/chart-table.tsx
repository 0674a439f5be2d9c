import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { periodText } from '../../domain/text/figure-dates';
import { formatDate, formatFigureLine } from '../../domain/text/format-figure';
import { pick, joinNames } from '../../domain/text/localize';
import type { ChartView } from './chart-view';

const COLUMNS = ['value', 'kind', 'period', 'scope', 'sources', 'asOf'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The chart's numbers as an accessible table: the same figures, with qualifier, kind, period,
 * scope and source, and a figure the sources do not publish in its group's place. In a narrow
 * container (the side panel, a phone) each row is a labelled block instead of a wide row, so
 * period, scope and sources never hide behind a horizontal scroll (charts.css, container query).
 */
export function ChartTable({ dataset, view }: { dataset: Dataset; view: ChartView }) {
  const t = useT();
  const lang = useLang();
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, pick(s.name, lang)]));
  const outlet = new Map(dataset.sources.map((s) => [s.id, pick(s.outlet, lang)]));
  const scope = (f: { sectors: readonly string[] }) =>
    f.sectors.length === 0
      ? t('keyFigures.scopeCity')
      : joinNames(
          f.sectors.map((s) => sectorName.get(s) ?? s),
          lang,
        );
  const heading = (c: Column) => t(`charts.table.${c}`);
  // Explicit roles: a table whose cells are laid out as blocks keeps its table semantics.
  const row = (
    key: string,
    attrs: Record<string, string>,
    name: string,
    cells: Record<Column, ReactNode>,
  ) => (
    <tr key={key} role="row" {...attrs}>
      <th scope="row" role="rowheader">
        {name}
      </th>
      {COLUMNS.map((c) => (
        // data-label: the column's name, shown (CSS) only when the row is stacked.
        <td key={c} role="cell" className={`chart-table-${c}`} data-label={heading(c)}>
          {cells[c]}
        </td>
      ))}
    </tr>
  );
  return (
    <details className="chart-table">
      <summary>{t('charts.table.show')}</summary>
      <div className="chart-table-box">
        <table role="table">
          <caption>{t('charts.table.caption', { title: view.title })}</caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('charts.table.figure')}
              </th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" role="columnheader">
                  {heading(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.entries.map((e) =>
              e.kind === 'figure'
                ? row(
                    e.mark.indicatorId,
                    { 'data-indicator': e.mark.indicatorId },
                    pick(e.mark.label, lang),
                    {
                      value: formatFigureLine(e.mark, lang, t('figures.notPublished')),
                      kind: t(`charts.kind.${e.mark.kind}`),
                      period: periodText(e.mark, lang) ?? t('charts.periodNone'),
                      scope: scope(e.mark),
                      sources: joinNames(
                        e.mark.sources.map((s) => outlet.get(s) ?? s),
                        lang,
                      ),
                      asOf: e.mark.asOf ? formatDate(e.mark.asOf, lang) : t('charts.undated'),
                    },
                  )
                : row(
                    `missing:${e.gap.category}`,
                    { 'data-missing': e.gap.category, className: 'is-missing' },
                    view.missingFigures[e.gap.category] ?? '',
                    {
                      value: t('chartsPanel:missing.value'),
                      kind: t(`charts.kind.${e.gap.series === 'actual' ? 'actual' : 'target'}`),
                      period: e.gap.period ?? t('charts.periodNone'),
                      scope: scope(e.gap),
                      sources: t('chartsPanel:missing.sources'),
                      asOf: '—',
                    },
                  ),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
