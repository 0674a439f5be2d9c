import './park-knowledge.css';
import { useId } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Park } from '../../domain/schema/dataset-schema';
import { joinNames } from '../../domain/text/localize';
import { parkKnowledge, type ParkKnowledge } from '../../domain/parks/park-knowledge';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { PARK_ORDERS } from '../../state/view-state';

/** Counted once per dataset, however many rows ask (a list row, a county's, the details). */
const cache = new WeakMap<Dataset, ReadonlyMap<string, ParkKnowledge>>();
export function knowledgeOf(dataset: Dataset): ReadonlyMap<string, ParkKnowledge> {
  let known = cache.get(dataset);
  if (!known) cache.set(dataset, (known = parkKnowledge(dataset)));
  return known;
}

/** "sources: 7 · figures: 0 · confidence: 5 high, 2 medium" — what the dataset has on a park. */
export function KnownLine({
  dataset,
  park,
  className,
}: {
  dataset: Dataset;
  park: Park;
  className?: string;
}) {
  const t = useT();
  const lang = useLang();
  const k = knowledgeOf(dataset).get(park.id);
  if (!k) return null;
  const rated = (['high', 'medium', 'low'] as const)
    .filter((r) => k.rated[r] > 0)
    .map((r) => t(`known.rated.${r}`, { count: k.rated[r] }));
  return (
    <span className={className}>
      {t('known.line', {
        sources: k.sources,
        figures: k.figures,
        rated: rated.length ? joinNames(rated, lang) : t('parks.details.notPublished'),
      })}
    </span>
  );
}

/** The park list's order, a choice kept in the link (`order=known`). */
export function ParkOrderControl() {
  const t = useT();
  const order = useViewStore((s) => s.view.order);
  const { setOrder } = useViewActions();
  const labelId = useId();
  return (
    <div className="park-order" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('known.order')}</span>
      {PARK_ORDERS.map((o) => (
        <button
          key={o}
          type="button"
          className="button"
          aria-pressed={order === o}
          onClick={() => setOrder(o)}
        >
          {t(`known.orders.${o}`)}
        </button>
      ))}
    </div>
  );
}
