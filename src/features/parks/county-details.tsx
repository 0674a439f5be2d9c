import { useMemo } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Division } from '../../domain/schema/dataset-schema';
import {
  citedSources,
  entitiesOfDivision,
  parksInDivision,
  sourcesById,
  sourcesOf,
} from '../../domain/parks/park-directory';
import { matchesLinked } from '../../domain/parks/sector-match';
import { useViewStore } from '../../state/view-store-context';
import { ParkRow } from './park-row';
import { ClaimList, SourceFooter } from './source-notes';

import { DetailsHeader, EntitySection, type DetailProps } from './details-parts';

/** A county's details: block, standard, its parks (and whether any matches the filter), firms, notes. */
export function CountyDetails({
  dataset,
  division,
  headingRef,
  onClose,
}: DetailProps & { division: Division }) {
  const t = useT();
  const sectors = useViewStore((s) => s.view.sectors);
  const links = useViewStore((s) => s.view.links);
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const parks = parksInDivision(dataset, division.code);
  const matching = parks.filter((p) => matchesLinked(p, sectors, links));
  const entities = entitiesOfDivision(dataset, division.code);
  const cited = sourcesOf(
    byId,
    citedSources([...division.notes, ...entities.flatMap((e) => [...e.claims, ...e.events])]),
  );
  return (
    <>
      <DetailsHeader
        eyebrow={`${t('parks.details.countyKind')} · ${t(`block.${division.block}`)}`}
        name={division.name}
        headingRef={headingRef}
        onClose={onClose}
      />
      <dl className="place-facts">
        <dt>{t('parks.details.block')}</dt>
        <dd>{t(`block.${division.block}`)}</dd>
        <dt>{t('parks.details.standard')}</dt>
        <dd>
          {t(`standard.${division.standard}`)}
          {/* S4 names the standard only: no source says which utilities the 九通 / 八通 are. */}
          <span className="muted standard-note"> · {t('parks.details.standardUnlisted')}</span>
        </dd>
      </dl>

      <h3>{t('parks.details.parks')}</h3>
      {parks.length === 0 ? (
        <p className="muted">{t('parks.details.noParks')}</p>
      ) : (
        <>
          {sectors.length > 0 && matching.length === 0 ? (
            <p className="park-list-filter">{t('parks.details.noMatchingPark')}</p>
          ) : null}
          <ul className="park-rows">
            {parks.map((p) => (
              <li key={p.id}>
                <ParkRow dataset={dataset} park={p} faded={!matchesLinked(p, sectors, links)} />
              </li>
            ))}
          </ul>
        </>
      )}

      <EntitySection dataset={dataset} entities={entities} />

      <h3>{t('parks.details.claims')}</h3>
      <ClaimList dataset={dataset} claims={division.notes} />

      <h3>{t('parks.details.sources')}</h3>
      <SourceFooter sources={cited} />
    </>
  );
}
