import type { CompareSource } from '../../domain/parks/compare-rows';
import { useT } from '../../i18n/i18n-context';

/**
 * Every source the rows cite, in full: id, the one-line label (outlet, title, date, mirror or
 * repost) and the address as read, so a printed page can be checked without the app.
 */
export function BriefSources({ sources }: { sources: readonly CompareSource[] }) {
  const t = useT();
  return (
    <section className="brief-sources" aria-label={t('brief:sources', { count: sources.length })}>
      <h2 className="brief-sources-title">{t('brief:sources', { count: sources.length })}</h2>
      {sources.length === 0 ? (
        <p>{t('brief:noSources')}</p>
      ) : (
        <ol className="brief-source-list">
          {sources.map((s) => (
            <li key={s.id} data-source={s.id}>
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
