import { useId } from 'react';
import { useT } from '../../i18n/i18n-context';
import { useViewActions, useViewStore } from '../../state/view-store-context';

/**
 * "Sourced links only": a switch (kept in the link as `links=sourced`) that makes every match
 * ignore inferred park–sector and firm–sector links.
 */
export function LinkSwitch() {
  const t = useT();
  const on = useViewStore((s) => s.view.links === 'sourced');
  const { setLinks } = useViewActions();
  const hintId = useId();
  return (
    <div className="link-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={hintId}
          onChange={(e) => setLinks(e.target.checked ? 'sourced' : 'all')}
        />{' '}
        <span className="link-switch-label">{t('links.switchLabel')}</span>
      </label>
      <span id={hintId} className="link-switch-hint">
        {t('links.switchHint')}
      </span>
    </div>
  );
}
