import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../domain/schema/dataset-schema';
import type { Geography } from '../domain/schema/geo-schema';
import { useT } from '../i18n/i18n-context';
import type { ViewState } from '../state/view-state';
import { useViewStore } from '../state/view-store-context';
import { LazyPartBoundary, lazyPart } from '../ui/lazy-part';

// Lazy: the brief (its sheet, map, rows, strings and print styles) is a chunk of its own, fetched
// when a park or a comparison is chosen, so it is in the page before anyone presses Ctrl+P.
const brief = lazyPart(
  () => import('../features/brief/brief-part'),
  (m) => m.BriefPart,
);

/**
 * The parks a brief is printed for: THE one place that decides it. A comparison (2–4 parks) when
 * one is chosen, else the park whose details are open; none: no brief, the browser prints the
 * dashboard (app.css's print styles).
 */
export const briefParkIds = (view: ViewState): readonly string[] =>
  view.compare.length >= 2 ? view.compare : view.park ? [view.park] : [];

/**
 * Keeps the one-page brief in the page while there is one to print. Hidden on screen (app.css);
 * in print the brief's own styles show only it. If its chunk fails, only this part says so.
 */
export function BriefHost({ dataset, geography }: { dataset: Dataset; geography: Geography }) {
  const t = useT();
  // Joined to a string so that the store's selector returns a stable value. Deferred: the sheet (its
  // map, rows and QR code) renders just after the tap that chose a park, not in that tap's frame.
  const key = useDeferredValue(useViewStore((s) => briefParkIds(s.view).join(',')));
  const parkIds = useMemo(() => (key === '' ? [] : key.split(',')), [key]);
  // The same element while the parks stay the same: the tap's own render (which still has the old
  // parks) passes over the sheet instead of rendering it again.
  const sheet = useMemo(
    () => <brief.Component dataset={dataset} geography={geography} parkIds={parkIds} />,
    [dataset, geography, parkIds],
  );
  if (parkIds.length === 0) return null;
  return (
    <div className="brief-host">
      <LazyPartBoundary part={brief} message={t('app.briefFailed')} retryLabel={t('error.retry')}>
        {sheet}
      </LazyPartBoundary>
    </div>
  );
}
