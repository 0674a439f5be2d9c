import './parks.css';
import { memo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Park } from '../../domain/schema/dataset-schema';
import { clauseSeparator, pick } from '../../domain/text/localize';
import { precisionKey } from '../../domain/parks/park-directory';
import { parkSymbol } from '../../domain/map/map-items';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { MarkerSymbol } from '../../ui/marker-symbol';
import { CompareToggle } from '../../ui/compare-toggle';
import { useCompareChoice } from '../../state/use-compare';
import { SectorNames } from './link-basis';
import { KnownLine } from './park-knowledge';

interface ParkRowProps {
  dataset: Dataset;
  park: Park;
  /** Outside the selected sectors: faded, and said so. */
  faded: boolean;
}

/** One park: its symbol, name, and what kind of place and location it is; opens its details. */
export const ParkRow = memo(function ParkRow({ dataset, park, faded }: ParkRowProps) {
  const t = useT();
  const lang = useLang();
  const selected = useViewStore((s) => s.view.park === park.id);
  const { selectPark } = useViewActions();
  const compare = useCompareChoice(dataset, park.id);
  const meta = [
    park.kind === 'cluster' ? t('parks.kind.cluster') : null,
    t(`parks.precision.${precisionKey(park.location)}`),
    park.secondary ? t('parks.secondaryOnly') : null,
  ].filter((x): x is string => x !== null);
  return (
    <div className="park-row-line">
      <button
        type="button"
        className={`park-row${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
        data-park-id={park.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectPark(park.id)}
      >
        <span className="park-row-symbol" aria-hidden="true">
          <MarkerSymbol
            className="parks-symbol"
            symbol={parkSymbol(park)}
            tier={park.tier}
            precision={park.location.precision === 'unpublished' ? 'county' : park.location.precision}
          />
        </span>
        <span className="park-row-text">
          <span className="park-row-name">{pick(park.name, lang)}</span>
          {/* Read as "name, details": without it a screen reader runs the two together. */}
          <span className="sr-only">{clauseSeparator(lang)}</span>
          <span className="park-row-meta">
            {meta.join(' · ')}
            {park.sectors.length > 0 ? (
              <>
                {' · '}
                <SectorNames dataset={dataset} item={park} />
              </>
            ) : null}
            {faded ? ` · ${t('parks.notMatching')}` : ''}
          </span>
          <span className="sr-only">{clauseSeparator(lang)}</span>
          <KnownLine dataset={dataset} park={park} className="park-row-meta park-row-known" />
        </span>
      </button>
      <CompareToggle name={pick(park.name, lang)} chosen={compare.chosen} onToggle={compare.toggle} />
    </div>
  );
});
