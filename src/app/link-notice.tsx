import './link-notice.css';
import { useT } from '../i18n/i18n-context';
import { useViewActions, useViewStore } from '../state/view-store-context';

/** Each param's name in words, so officials need not read `park=`. */
const PARAM_LABEL = new Map(
  Object.entries({
    v: 'share.param.v',
    lang: 'share.param.lang',
    sectors: 'share.param.sectors',
    park: 'share.param.park',
    county: 'share.param.county',
    map: 'share.param.map',
    hide: 'share.param.hide',
    tab: 'share.param.tab',
    mode: 'share.param.mode',
  } as const),
);

/**
 * Says which parts of an opened link could not be used; the rest of the link still applies.
 * Values come from the URL, so they are only ever rendered as text.
 */
export function LinkNotice() {
  const t = useT();
  const ignored = useViewStore((s) => s.ignored);
  const { setIgnored } = useViewActions();
  if (ignored.length === 0) return null;
  return (
    <div className="notice link-notice" role="status">
      <div className="link-notice-text">
        <p>{t('link.ignored')}</p>
        <ul className="link-notice-list">
          {ignored.map(({ param, value }, n) => {
            const label = PARAM_LABEL.get(param);
            return (
              <li key={`${n}-${param}`}>
                {label ? `${t(label)} ` : null}
                <code>
                  {param}={value}
                </code>
              </li>
            );
          })}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => setIgnored([])}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
