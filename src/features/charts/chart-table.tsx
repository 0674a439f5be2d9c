import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';
import { periodText } from '../../domain/figure-dates';
import { formatDate, formatFigureLine } from '../../domain/format-figure';
import { pick, joinNames } from '../../domain/localize';
import { useLang } from '../../i18n/use-lang';
import type { ChartView } from './chart-view';

/** The chart's numbers as an accessible table: the same figures, with qualifier, kind, period, scope and source. */
export function ChartTable({ dataset, view }: { dataset: Dataset; view: ChartView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, pick(s.name, lang)]));
  const outlet = new Map(dataset.sources.map((s) => [s.id, pick(s.outlet, lang)]));
  return (
    <details className="chart-table">
      <summary>{t('charts.table.show')}</summary>
      {/* The table scrolls inside its own box on a phone instead of widening the panel. */}
      <div
        className="chart-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('charts.table.caption', { title: view.title })}
      >
        <table>
          <caption>{t('charts.table.caption', { title: view.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.table.figure')}</th>
              <th scope="col">{t('charts.table.value')}</th>
              <th scope="col">{t('charts.table.kind')}</th>
              <th scope="col">{t('charts.table.period')}</th>
              <th scope="col">{t('charts.table.scope')}</th>
              <th scope="col">{t('charts.table.sources')}</th>
              <th scope="col">{t('charts.table.asOf')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.figures.map((f) => (
              <tr key={f.indicatorId} data-indicator={f.indicatorId}>
                <th scope="row">{pick(f.label, lang)}</th>
                <td className="chart-table-value">{formatFigureLine(f, lang, t('figures.notPublished'))}</td>
                <td>{t(`charts.kind.${f.kind}`)}</td>
                <td>{periodText(f, lang) ?? t('charts.periodNone')}</td>
                <td>
                  {f.cityWide
                    ? t('keyFigures.scopeCity')
                    : joinNames(
                        f.sectors.map((s) => sectorName.get(s) ?? s),
                        lang,
                      )}
                </td>
                <td>
                  {joinNames(
                    f.sources.map((s) => outlet.get(s) ?? s),
                    lang,
                  )}
                </td>
                <td>{f.asOf ? formatDate(f.asOf, lang) : t('charts.undated')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
