import { useTranslation } from 'react-i18next';
import { useViewActions, useViewStore } from '../state/view-store-context';

/** Says which parts of an opened link could not be used; the rest of the link still applies. */
export function LinkNotice() {
  const { t } = useTranslation();
  const ignored = useViewStore((s) => s.ignored);
  const { setIgnored } = useViewActions();
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {t('link.ignored')}{' '}
        {ignored.map((i, n) => (
          <span key={`${i.param}-${n}`}>
            {n > 0 ? ', ' : ''}
            <code>
              {i.param}={i.value}
            </code>
          </span>
        ))}
      </p>
      <button type="button" className="button" onClick={() => setIgnored([])}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
