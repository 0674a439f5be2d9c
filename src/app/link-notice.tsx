import './link-notice.css';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/resources';
import type { KnownParam } from '../state/url-codec';
import { useViewActions, useViewStore } from '../state/view-store-context';

/**
 * Each param's name in words, so officials need not read `park=`. Keyed by the codec's own params
 * (state/url-codec.ts): tsc fails when a param has no label here, or a label no string.
 */
const PARAM_LABEL = {
  v: 'share.param.v',
  lang: 'share.param.lang',
  sectors: 'share.param.sectors',
  links: 'share.param.links',
  park: 'share.param.park',
  county: 'share.param.county',
  entity: 'share.param.entity',
  map: 'share.param.map',
  hide: 'share.param.hide',
  tab: 'share.param.tab',
  compare: 'share.param.compare',
  order: 'share.param.order',
  mode: 'share.param.mode',
  tour: 'share.param.tour',
  every: 'share.param.every',
  scene: 'share.param.scene',
  qr: 'share.param.qr',
} as const satisfies Record<KnownParam, MessageKey>;

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
          {ignored.map(({ param, value }, n) => (
            <li key={`${n}-${param}`}>
              {t(PARAM_LABEL[param])}{' '}
              <code>
                {param}={value}
              </code>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => setIgnored([])}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
