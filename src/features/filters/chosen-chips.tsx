import { useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Sector } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { useViewActions } from '../../state/view-store-context';

interface Props {
  /** The chosen sectors whose toggles are behind the "more sectors" control. */
  sectors: readonly Sector[];
  order: readonly string[];
  /** Where the focus goes when the last chip is removed. */
  controlRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The choice made behind the "more sectors" control, kept in view while it is closed: one chip per
 * chosen sector, which removes it. One line that scrolls sideways when long, so the filter keeps its
 * height whatever is chosen (and the app takes over a link's first screen without a jump). A removed
 * chip hands the focus to the next one, or to the control after the last.
 */
export function ChosenChips({ sectors, order, controlRef }: Props) {
  const t = useT();
  const lang = useLang();
  const { toggleSector } = useViewActions();
  const labelId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);

  useLayoutEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const chips = listRef.current?.querySelectorAll('button');
    (chips?.[Math.min(at, chips.length - 1)] ?? controlRef.current)?.focus();
  });

  return (
    <div className="sector-chosen">
      {sectors.length > 0 ? (
        <>
          <span id={labelId} className="sector-chosen-label">
            {t('filters.chosenLabel')}
          </span>
          <ul ref={listRef} className="chosen-chips" aria-labelledby={labelId}>
            {sectors.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="chosen-chip"
                  onClick={() => {
                    focusAt.current = i;
                    toggleSector(s.id, order);
                  }}
                >
                  {/* Named "Remove <sector>": it contains what it shows (label in name). */}
                  <span className="sr-only">{t('filters.remove')}</span>{' '}
                  <span className="chosen-chip-name">{pick(s.name, lang)}</span>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
