import { briefCells, type BriefCell as Cell } from '../../domain/parks/brief-cells';
import type { CompareItem, CompareTable } from '../../domain/parks/compare-rows';
import type { Lang } from '../../domain/schema/dataset-schema';
import { joinNames } from '../../domain/text/localize';
import { parenthesized } from '../../domain/text/source-dates';
import { useT } from '../../i18n/i18n-context';

/**
 * The facts as rows, one column per park (as the compare view lays them out): each item with its
 * qualifier in words, its period, its source ids, "low confidence" beside a low-confidence item,
 * planned and inferred marked in words, and its note; "not published" where the sources are silent.
 */
export function BriefRows({ table, lang }: { table: CompareTable; lang: Lang }) {
  const t = useT();
  const compare = table.parkIds.length > 1;
  // Rows where every park's sources are silent (and no row note): at the denser type steps they
  // are said together on one line (brief.css), so the page keeps room for what is published.
  const silent = table.rows.filter((r) => !r.note && r.cells.every((c) => c.kind === 'not-published'));
  const silentIds = new Set(silent.map((r) => r.id));
  const cells = briefCells(table);
  // A comparison's row notes, numbered: at the densest steps they leave the narrow label column
  // for one block under the table (brief.css), each row keeping its number.
  const noted = compare ? table.rows.filter((r) => r.note) : [];
  const noteNumber = new Map(noted.map((r, i) => [r.id, i + 1]));
  const hasItemNotes = cells.some((row) =>
    row.some((c) => c.kind === 'items' && c.items.some((i) => !i.repeatOf && i.item.note)),
  );
  return (
    <>
      <table className={compare ? 'brief-facts brief-facts-compare' : 'brief-facts'}>
        <caption className="brief-facts-caption">{t('brief:factsLabel')}</caption>
        {compare ? (
          <thead>
            <tr>
              <th scope="col" className="brief-row-label">
                {t('brief:fact')}
              </th>
              {table.names.map((name, i) => (
                <th scope="col" key={table.parkIds[i] ?? i}>
                  <span className="brief-number">{i + 1}</span> {name}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {table.rows.map((row, r) => (
            <tr
              key={row.id}
              data-row={row.id}
              className={rowClass(compare && row.differs, silentIds.has(row.id))}
            >
              <th scope="row" className="brief-row-label">
                {t(`brief:rows.${row.id}`)}
                {/* One park: the row's note goes under its facts, across the wide column. */}
                {row.note && compare ? (
                  <>
                    <sup className="brief-fn-ref">{noteNumber.get(row.id)}</sup>
                    <span className="brief-row-note">{row.note}</span>
                  </>
                ) : null}
              </th>
              {(cells[r] ?? []).map((cell, i) => (
                <td key={table.parkIds[i] ?? i}>
                  <BriefCell cell={cell} lang={lang} />
                  {row.note && !compare ? <span className="brief-row-note">{row.note}</span> : null}
                </td>
              ))}
            </tr>
          ))}
          {silent.length > 1 ? (
            <tr className="brief-silent-line" data-row="silent">
              <th scope="row" className="brief-row-label">
                {t(compare ? 'brief:silentAll' : 'brief:silentOne')}
              </th>
              <td colSpan={table.parkIds.length}>
                {joinNames(
                  silent.map((r) => t(`brief:rows.${r.id}`)),
                  lang,
                )}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {noted.length > 0 || hasItemNotes ? (
        <section className="brief-footnotes" aria-label={t('brief:rowNotes')}>
          <ol className="brief-footnote-list">
            {noted.map((row) => (
              <li key={row.id} data-note={row.id}>
                <sup className="brief-fn-num">{noteNumber.get(row.id)}</sup>{' '}
                <span className="brief-fn-row">{t(`brief:rows.${row.id}`)}:</span> {row.note}
              </li>
            ))}
            {hasItemNotes ? <li className="brief-note-legend">{t('brief:noteElsewhere')}</li> : null}
          </ol>
        </section>
      ) : null}
    </>
  );
}

function rowClass(differs: boolean, silent: boolean): string | undefined {
  const names = [differs ? 'brief-differs' : '', silent ? 'brief-silent' : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

/** Item places past which the denser fit steps stop printing a cell's items (brief.css). */
const LIMITS = [1, 2, 3] as const;

function BriefCell({ cell, lang }: { cell: Cell; lang: Lang }) {
  const t = useT();
  if (cell.kind === 'not-published')
    return <span className="brief-not-published">{t('brief:notPublished')}</span>;
  return (
    <ul className="brief-items">
      {cell.items.map(({ item, repeatOf }, i) => (
        // brief-i1…3: the item's place (3 and past), hidden at the steps that print fewer.
        <li key={i} className={i > 0 ? `brief-i${Math.min(i, 3)}` : undefined}>
          {repeatOf ? (
            <span className="brief-repeat">{t('brief:asUnder', { row: t(`brief:rows.${repeatOf}`) })}</span>
          ) : (
            <BriefItem item={item} lang={lang} />
          )}
        </li>
      ))}
      {LIMITS.filter((n) => cell.items.length > n).map((n) => (
        <li key={`more-${n}`} className={`brief-more brief-more-${n}`}>
          {t('brief:more', { count: cell.items.length - n })}
        </li>
      ))}
    </ul>
  );
}

function BriefItem({ item, lang }: { item: CompareItem; lang: Lang }) {
  const t = useT();
  const tags = [item.planned ? t('brief:planned') : null, item.inferred ? t('brief:inferred') : null].filter(
    (x): x is string => x !== null,
  );
  return (
    <>
      {tags.map((tag) => (
        <span key={tag} className="brief-tag">
          {tag}
        </span>
      ))}
      <span className="brief-text">{item.text}</span>
      {item.period ? <span className="brief-period">{parenthesized(item.period, lang)}</span> : null}
      {item.sources.length > 0 ? <span className="brief-cite"> [{item.sources.join(', ')}]</span> : null}
      {item.confidence === 'low' ? (
        <span className="brief-confidence"> {t('brief:confidence.low')}</span>
      ) : null}
      {item.note ? (
        <>
          {/* The densest step leaves the note to the live view, and says so by this mark. */}
          <span className="brief-note-mark"> {t('brief:noteMark')}</span>
          <span className="brief-note">{item.note}</span>
        </>
      ) : null}
    </>
  );
}
