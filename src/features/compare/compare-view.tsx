import './compare.css';
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useLang, useLazyArea, useT } from '../../i18n/i18n-context';
import { compareViewArea } from '../../i18n/lazy/compare-view';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { compareTable } from '../../domain/parks/compare-rows';
import { useParkFacts } from '../../data/use-park-facts';
import { useViewActions, useViewStore, useViewStoreApi } from '../../state/view-store-context';
import { focusWhenShown } from '../../ui/in-page-link';
import { PrintButton } from '../../ui/print-button';
import { useScreenIds } from '../../ui/screen-ids';
import { CompareTableView } from './compare-table';

/** The id of the tray's "Compare (n)" button, where the focus goes back when the comparison closes. */
export const COMPARE_OPEN_ID = 'compare-open';

/**
 * The comparison, in place of the map and the panel: a heading, Back to map, Print, and the
 * table. Opened from the tray, it takes the focus (its heading); Back to map or Escape closes it
 * and gives the focus back to the tray. Opened by a link, it leaves the focus where the page has it.
 */
export function CompareView({ dataset }: { dataset: Dataset }) {
  useLazyArea(compareViewArea);
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const store = useViewStoreApi();
  const parkIds = useViewStore((s) => s.view.compare);
  const { closeCompare, removeCompare } = useViewActions();
  const facts = useParkFacts();
  const parkFacts = facts.data;
  // Until the park-facts file is in, its rows would read "not published": the table waits for it.
  const table = useMemo(
    () => (parkFacts ? compareTable({ dataset, parkFacts, lang }, parkIds) : null),
    [dataset, parkFacts, lang, parkIds],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    // compareFrom is set only when the reader opened it (the tray), never by a link or Back.
    if (store.getState().compareFrom !== null) headingRef.current?.focus({ preventScroll: false });
  }, [store]);

  const close = () => {
    closeCompare();
    focusWhenShown(id(COMPARE_OPEN_ID));
  };
  const remove = (parkId: string) => {
    removeCompare(parkId);
    // Fewer than two left closes the comparison: the focus goes to the tray.
    if (store.getState().view.tab !== 'compare') focusWhenShown(id(COMPARE_OPEN_ID));
    else headingRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };

  return (
    <section className="compare-view" aria-labelledby={id('compare-heading')} onKeyDown={onKeyDown}>
      <header className="compare-header">
        <button type="button" className="button compare-back" onClick={close}>
          <span aria-hidden="true">← </span>
          {t('compareView:back')}
        </button>
        <h2 id={id('compare-heading')} ref={headingRef} tabIndex={-1}>
          {t('compareView:heading')}
        </h2>
        <PrintButton className="compare-print" />
      </header>
      <p className="muted compare-intro">{t('compareView:intro')}</p>
      {table ? (
        <CompareTableView table={table} onRemove={remove} />
      ) : facts.isError ? (
        <div role="alert" className="compare-failed">
          <p>{t('compareView:factsFailed')}</p>
          <button type="button" className="button" onClick={() => void facts.refetch()}>
            {t('compareView:retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('compareView:loading')}</p>
      )}
    </section>
  );
}
