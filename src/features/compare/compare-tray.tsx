import './compare.css';
import { useLang, useLazyArea, useT } from '../../i18n/i18n-context';
import { compareViewArea } from '../../i18n/lazy/compare-view';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { COMPARE_MIN } from '../../state/view-state';
import { useScreenIds } from '../../ui/screen-ids';

/**
 * The compare tray, while one park or more is chosen: the chosen parks (each with a remove
 * button), "Compare (n)" to see them side by side, Clear, and why a fifth park was refused.
 */
export function CompareTray({ dataset }: { dataset: Dataset }) {
  useLazyArea(compareViewArea);
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const compare = useViewStore((s) => s.view.compare);
  const full = useViewStore((s) => s.compareFull);
  const { removeCompare, clearCompare, openCompare, dismissCompareFull } = useViewActions();
  const parks = compare.flatMap((pid) => dataset.parks.find((p) => p.id === pid) ?? []);
  const ready = parks.length >= COMPARE_MIN;
  return (
    <section className="compare-tray" aria-labelledby={id('compare-tray-heading')}>
      <h2 id={id('compare-tray-heading')} className="compare-tray-heading">
        {t('compareView:tray.chosen', { count: parks.length })}
      </h2>
      <ul className="compare-tray-parks">
        {parks.map((park) => {
          const name = pick(park.name, lang);
          return (
            <li key={park.id} className="compare-chip">
              <span>{name}</span>
              <button
                type="button"
                className="compare-chip-remove"
                aria-label={t('compareView:tray.remove', { name })}
                title={t('compareView:tray.remove', { name })}
                onClick={() => removeCompare(park.id)}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <div className="compare-tray-actions">
        {ready ? null : <span className="compare-tray-hint">{t('compareView:tray.needTwo')}</span>}
        <button
          type="button"
          id={id('compare-open')}
          className="button button-primary compare-open"
          // Not `disabled`: it stays focusable (the focus returns here when a comparison closes).
          aria-disabled={!ready}
          onClick={ready ? openCompare : undefined}
        >
          {t('compareView:tray.open', { count: parks.length })}
        </button>
        <button type="button" className="button compare-clear" onClick={clearCompare}>
          {t('compareView:tray.clear')}
        </button>
      </div>
      <div role="status" className="compare-tray-status">
        {full ? (
          <p className="compare-tray-full">
            {t('compareView:tray.full')}{' '}
            <button type="button" className="button" onClick={dismissCompareFull}>
              {t('compareView:tray.dismiss')}
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
