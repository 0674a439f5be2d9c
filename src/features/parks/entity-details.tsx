import { useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Entity } from '../../domain/schema/dataset-schema';
import { formatDate } from '../../domain/text/format-figure';
import { pick } from '../../domain/text/localize';
import { citedSources, entityDivision, sourcesById, sourcesOf } from '../../domain/parks/park-directory';
import { useViewActions } from '../../state/view-store-context';
import { DetailsHeader, type DetailProps } from './details-parts';
import { BasisLine, SectorBasisList } from './link-basis';
import { LocationWords } from './location-words';
import { ClaimList, FactTag, SourceFooter, useSourceLine } from './source-notes';

/**
 * A firm, project, lab or place on its own: its sectors and park with the basis of each link, its
 * county, how precisely it is placed, its dated events (later facts marked as such, with their
 * fact id) and what the sources say.
 */
export function EntityDetails({ dataset, entity, headingRef, onClose }: DetailProps & { entity: Entity }) {
  const t = useT();
  const lang = useLang();
  const { selectPark, selectCounty } = useViewActions();
  const sourceLine = useSourceLine(dataset);
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const park = entity.park ? dataset.parks.find((p) => p.id === entity.park) : undefined;
  const code = entityDivision(entity);
  const division = code ? dataset.divisions.find((d) => d.code === code) : undefined;
  const loc = entity.location;
  const cited = sourcesOf(
    byId,
    citedSources([
      ...Object.values(entity.sectorBasis),
      ...(entity.parkBasis ? [entity.parkBasis] : []),
      ...(loc.precision === 'unpublished' ? [] : [loc]),
      ...entity.events,
      ...entity.claims,
    ]),
  );

  return (
    <>
      <DetailsHeader
        eyebrow={t(`parks.entityKind.${entity.kind}`)}
        name={entity.name}
        headingRef={headingRef}
        onClose={onClose}
      />
      <dl className="place-facts entity-facts">
        <dt>{t('links.entity.kind')}</dt>
        <dd>{t(`parks.entityKind.${entity.kind}`)}</dd>
        <dt>{t('links.entity.park')}</dt>
        <dd>
          {park && entity.parkBasis ? (
            <>
              <button type="button" className="link-button" onClick={() => selectPark(park.id)}>
                {pick(park.name, lang)}
              </button>{' '}
              <BasisLine dataset={dataset} basis={entity.parkBasis} />
            </>
          ) : (
            t('links.entity.noPark')
          )}
        </dd>
        <dt>{t('links.entity.county')}</dt>
        <dd>
          {division ? (
            <button type="button" className="link-button" onClick={() => selectCounty(division.code)}>
              {pick(division.name, lang)}
            </button>
          ) : (
            t('links.entity.noCounty')
          )}
        </dd>
        <dt>{t('links.entity.location')}</dt>
        <dd>
          <LocationWords dataset={dataset} location={loc} />
        </dd>
        <dt>{t('links.entity.sectors')}</dt>
        <dd>
          <SectorBasisList dataset={dataset} item={entity} />
        </dd>
      </dl>

      {entity.events.length > 0 ? (
        <>
          <h3>{t('links.entity.events')}</h3>
          <ul className="claims">
            {entity.events.map((ev, i) => (
              <li key={i} className={ev.fact ? 'claim is-later' : 'claim'}>
                <p className="claim-text">
                  {ev.fact ? <span className="later-badge">{t('links.entity.later')}</span> : null}
                  <time dateTime={ev.date}>{formatDate(ev.date, lang)}</time> {pick(ev.text, lang)}
                </p>
                <p className="claim-source">
                  {sourceLine(ev.sources)}
                  {ev.fact ? (
                    <>
                      {' '}
                      <FactTag dataset={dataset} fact={ev.fact} sources={ev.sources} />
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('parks.details.claims')}</h3>
      <ClaimList dataset={dataset} claims={entity.claims} />

      <h3>{t('parks.details.sources')}</h3>
      <SourceFooter sources={cited} />
    </>
  );
}
