import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { useViewStore } from '../../state/view-store-context';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';
import { useScreenIds } from '../../ui/screen-ids';

// The tray and the comparison are one chunk of their own: nothing of them is in the first download,
// a link without `compare` never fetches them, and the tray's arrival brings the comparison along.
const parts = () => import('./compare-parts');
const compareTray = lazyPart(parts, (m) => m.CompareTray);
const compareView = lazyPart(parts, (m) => m.CompareView);

/** The compare tray, while one park or more is chosen and the comparison is not open. */
export function CompareTraySlot({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const id = useScreenIds();
  const shown = useViewStore((s) => s.view.compare.length > 0 && s.view.tab !== 'compare');
  if (!shown) return null;
  return (
    <div className="layout-tray" id={id('compare-tray')}>
      <LazyPartBoundary part={compareTray} message={t('compare.loadFailed')} retryLabel={t('error.retry')}>
        <compareTray.Component dataset={dataset} />
      </LazyPartBoundary>
    </div>
  );
}

/**
 * The comparison, in place of the filter, the map and the panel (app.css hides them while this
 * is on the page), when the view says `tab=compare`.
 */
export function CompareViewSlot({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const open = useViewStore((s) => s.view.tab === 'compare');
  if (!open) return null;
  return (
    <div className="layout-compare">
      <LazyPartBoundary
        part={compareView}
        message={t('compare.loadFailed')}
        retryLabel={t('error.retry')}
        className="compare-load-failed"
        fallback={<p role="status">…</p>}
      >
        <compareView.Component dataset={dataset} />
      </LazyPartBoundary>
    </div>
  );
}
