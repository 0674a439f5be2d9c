import { memo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Entity } from '../../domain/schema/dataset-schema';
import { clauseSeparator, pick } from '../../domain/text/localize';
import { precisionKey } from '../../domain/parks/park-directory';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { SectorNames } from './link-basis';

/** A firm or project: kind, where, sectors (inferred ones said so); opens its own details. */
export const EntityRow = memo(function EntityRow({
  dataset,
  entity,
  faded,
  tabIndex,
}: {
  dataset: Dataset;
  entity: Entity;
  faded: boolean;
  /** In a virtual list, -1 for every row but the one Tab stops at. */
  tabIndex?: number;
}) {
  const t = useT();
  const lang = useLang();
  const selected = useViewStore((s) => s.view.entity === entity.id);
  const { selectEntity } = useViewActions();
  const park = entity.park ? dataset.parks.find((p) => p.id === entity.park) : undefined;
  const meta = [
    t(`parks.entityKind.${entity.kind}`),
    park ? pick(park.name, lang) : null,
    t(`parks.precision.${precisionKey(entity.location)}`),
  ].filter((x): x is string => x !== null);
  return (
    <button
      type="button"
      className={`park-row entity-row${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
      data-entity-id={entity.id}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabIndex}
      onClick={() => selectEntity(entity.id)}
    >
      <span className="park-row-text">
        <span className="park-row-name">{pick(entity.name, lang)}</span>
        <span className="sr-only">{clauseSeparator(lang)}</span>
        <span className="park-row-meta">
          {meta.join(' · ')}
          {entity.sectors.length > 0 ? (
            <>
              {' · '}
              <SectorNames dataset={dataset} item={entity} />
            </>
          ) : null}
          {faded ? ` · ${t('parks.notMatching')}` : ''}
        </span>
      </span>
    </button>
  );
});
