import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { CompareCell, CompareItem, CompareTable } from '../../domain/parks/compare-rows';
import { httpHref } from '../../domain/text/safe-url';
import { InPageLink } from '../../ui/in-page-link';
import { useScreenIds } from '../../ui/screen-ids';

const HAN = /[\u3400-\u9fff]/;
const QUOTED = /^["“「『]/;

/** A source id in a cell: a link to its line in the source list under the table. */
function SourceTags({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const id = useScreenIds();
  if (ids.length === 0) return null;
  return (
    <span className="compare-item-sources">
      {ids.map((s) => (
        <InPageLink
          key={s}
          targetId={id(`compare-source-${s}`)}
          label={t('compareView:source', { id: s })}
          className="source-link"
        >
          [{s}]
        </InPageLink>
      ))}
    </span>
  );
}

/** One fact of a cell: its words (with their qualifier), marks, period, the source's words, note, sources. */
function Item({ item }: { item: CompareItem }) {
  const t = useT();
  return (
    <li className="compare-item">
      <span className="compare-item-text">{item.text}</span>
      {item.planned ? (
        <span className="compare-badge compare-badge-planned">{t('compareView:planned')}</span>
      ) : null}
      {item.inferred ? (
        <span className="compare-badge compare-badge-inferred">{t('compareView:inferred')}</span>
      ) : null}
      {item.confidence === 'low' ? (
        <span className="compare-badge compare-badge-low">{t('compareView:confidence.low')}</span>
      ) : null}
      {item.period ? (
        <span className="compare-item-period">
          {t('compareView:period')}
          {item.period}
        </span>
      ) : null}
      {item.quote ? (
        <span className="compare-item-quote">
          {t('compareView:quote')}
          {/* Many quotes carry their own marks (the facts file's “…” or "…"): no second pair. */}
          <span className="compare-quote" lang={HAN.test(item.quote) ? 'zh-Hans' : 'en'}>
            {QUOTED.test(item.quote) ? item.quote : `“${item.quote}”`}
          </span>
        </span>
      ) : null}
      {item.note ? (
        <span className="compare-item-note">
          {t('compareView:note')}
          {item.note}
        </span>
      ) : null}
      <SourceTags ids={item.sources} />
    </li>
  );
}

/** A cell: its facts, or "not published" (the app's own words for it) where the sources are silent. */
export function CompareCellView({ cell }: { cell: CompareCell }) {
  const t = useT();
  if (cell.kind === 'not-published')
    return <span className="compare-not-published">{t('parks.details.notPublished')}</span>;
  return (
    <ul className="compare-items">
      {cell.items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </ul>
  );
}

interface Props {
  table: CompareTable;
  /** Removes a park from the comparison (its column's ✕). */
  onRemove: (parkId: string) => void;
}

/**
 * The parks side by side: a real table, a column per park (its name the column header) and a row
 * per fact (its label the row header), rows aligned across parks; rows whose cells differ are
 * marked (≠, and said so to a screen reader), and the reader may show only those. The sources
 * cited, each once, follow the table.
 */
export function CompareTableView({ table, onRemove }: Props) {
  const t = useT();
  const id = useScreenIds();
  const [onlyDiffer, setOnlyDiffer] = useState(false);
  const rows = onlyDiffer ? table.rows.filter((r) => r.differs) : table.rows;
  const names = table.names.join(' · ');
  return (
    <>
      <label className="compare-only-differ">
        <input type="checkbox" checked={onlyDiffer} onChange={(e) => setOnlyDiffer(e.target.checked)} />{' '}
        {t('compareView:onlyDiffer')}
      </label>
      <p className="compare-scroll-hint muted">{t('compareView:scrollHint')}</p>
      <div
        className="compare-scroll"
        role="region"
        aria-labelledby={id('compare-caption')}
        // The phone's columns scroll sideways inside it: reachable by keyboard too.
        tabIndex={0}
      >
        <table className="compare-table" style={{ ['--parks' as string]: table.parkIds.length }}>
          <caption id={id('compare-caption')} className="sr-only">
            {t('compareView:table', { names })}
          </caption>
          <colgroup>
            <col className="compare-col-label" />
            {table.parkIds.map((p) => (
              <col key={p} className="compare-col-park" />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="compare-corner">{t('compareView:rowHeader')}</td>
              {table.parkIds.map((p, i) => {
                const name = table.names[i] ?? p;
                return (
                  <th key={p} scope="col" className="compare-park" data-park={p}>
                    <span className="compare-park-name">{name}</span>
                    <button
                      type="button"
                      className="compare-chip-remove"
                      aria-label={t('compareView:remove', { name })}
                      title={t('compareView:remove', { name })}
                      onClick={() => onRemove(p)}
                    >
                      ✕
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-row={row.id} className={row.differs ? 'is-differs' : undefined}>
                <th scope="row" className="compare-row-label">
                  {t(`compareView:rows.${row.id}`)}
                  {row.differs ? (
                    <span className="compare-differs" title={t('compareView:differs')}>
                      <span aria-hidden="true"> ≠</span>
                      <span className="sr-only"> ({t('compareView:differs')})</span>
                    </span>
                  ) : null}
                  {row.note ? <span className="compare-row-note">{row.note}</span> : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={table.parkIds[i] ?? i}>
                    <CompareCellView cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="compare-sources" aria-labelledby={id('compare-sources-heading')}>
        <h3 id={id('compare-sources-heading')}>{t('compareView:sourceList')}</h3>
        <ol className="source-items">
          {table.sources.map((s) => {
            const href = httpHref(s.url);
            return (
              <li key={s.id} id={id(`compare-source-${s.id}`)} tabIndex={-1}>
                <span className="compare-source-id">[{s.id}]</span> {s.label}
                {s.confidence ? ` · ${t(`compareView:confidence.${s.confidence}`)}` : ''}
                {href ? (
                  <>
                    {' · '}
                    <a href={href} rel="noopener noreferrer" target="_blank" className="compare-source-url">
                      {href}
                    </a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
