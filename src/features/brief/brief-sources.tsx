import type { CompareSource } from '../../domain/parks/compare-rows';
import { useT } from '../../i18n/i18n-context';

/**
 * Every source the rows cite, in full: id, the one-line label (outlet, title, date, mirror or
 * repost) and the address as read, so a printed page can be checked without the app.
 */
export function BriefSources({
  sources,
  ranks,
}: {
  sources: readonly CompareSource[];
  /** Each source's first place in a cell (domain/parks/brief-cells.ts): steps that print fewer items list fewer sources. */
  ranks: ReadonlyMap<string, number>;
}) {
  const t = useT();
  return (
    <section className="brief-sources" aria-label={t('brief:sources')}>
      <h2 className="brief-sources-title">{t('brief:sources')}</h2>
      {sources.length === 0 ? (
        <p>{t('brief:noSources')}</p>
      ) : (
        <ol className="brief-source-list">
          {sources.map((s) => (
            <li key={s.id} data-source={s.id} className={sourceClass(ranks.get(s.id) ?? 0)}>
              <span className="brief-source-id">{s.id}</span>{' '}
              <span className="brief-source-label">{s.label}</span>
              {s.confidence === 'low' ? (
                <span className="brief-confidence"> {t('brief:confidence.low')}</span>
              ) : null}
              {s.url ? <span className="brief-url"> {s.url}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const sourceClass = (rank: number): string | undefined =>
  rank > 0 ? `brief-i${Math.min(rank, 3)}` : undefined;
