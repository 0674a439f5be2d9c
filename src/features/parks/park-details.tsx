import { useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Park } from '../../domain/schema/dataset-schema';
import { formatFigureLine } from '../../domain/text/format-figure';
import { labelSeparator, pick } from '../../domain/text/localize';
import {
  divisionOf,
  entitiesOfPark,
  parentInferred,
  sourcesById,
  sourcesOf,
} from '../../domain/parks/park-directory';
import { parkSourceIds } from '../../domain/parks/park-knowledge';
import { useViewActions } from '../../state/view-store-context';
import { useCompareChoice } from '../../state/use-compare';
import { CompareToggle } from '../../ui/compare-toggle';
import { PrintButton } from '../../ui/print-button';
import { ClaimList, FactTag, SourceFooter, useSourceLine } from './source-notes';

import { DetailsHeader, EntitySection, type DetailProps } from './details-parts';
import { SectorBasisList } from './link-basis';
import { LocationWords } from './location-words';
import { KnownLine } from './park-knowledge';

/** A park's details: names, tier, county, standard, sectors, location precision, what the sources say, firms. */
export function ParkDetails({ dataset, park, headingRef, onClose }: DetailProps & { park: Park }) {
  const t = useT();
  const lang = useLang();
  const { selectPark, selectCounty } = useViewActions();
  const sourceLine = useSourceLine(dataset);
  const compare = useCompareChoice(dataset, park.id);
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const colon = labelSeparator(lang);
  const code = divisionOf(park);
  const division = code ? dataset.divisions.find((d) => d.code === code) : undefined;
  const parent = park.parent ? dataset.parks.find((p) => p.id === park.parent) : undefined;
  const children = dataset.parks.filter((p) => p.parent === park.id);
  const entities = entitiesOfPark(dataset, park.id);
  const figures = dataset.indicators.filter((i) => i.park === park.id);
  const notPublished = t('parks.details.notPublished');
  const loc = park.location;

  // Where the parent is our inference (Dawang NEV park), every mention of it says so (n5).
  const inferredMark = parentInferred(park) ? t('parks.details.parentInferred') : '';
  const tierText = parent
    ? `${t('parks.tierWithin', { parent: pick(parent.name, lang) })}${inferredMark}`
    : t(`parks.tier.${park.tier}`);
  const standard =
    park.tier === 'core'
      ? t('parks.details.coreStandard')
      : division
        ? // S4 asks it of the whole block's parks; no source checks it park by park (n10).
          t('parks.details.standardBlock', {
            standard: t(`standard.${division.standard}`),
            block: t(`block.${division.block}`),
          })
        : notPublished;

  // The same list the park's "how much is known" line counts.
  const cited = sourcesOf(byId, parkSourceIds(dataset, park));

  return (
    <>
      <DetailsHeader
        eyebrow={`${parent ? `${t('parks.tierSub')}${inferredMark}` : t(`parks.tier.${park.tier}`)} · ${t(`parks.kind.${park.kind}`)}`}
        name={park.name}
        headingRef={headingRef}
        onClose={onClose}
      />
      <div className="place-details-actions">
        <CompareToggle
          name={pick(park.name, lang)}
          chosen={compare.chosen}
          onToggle={compare.toggle}
          className="button"
        />
        <PrintButton />
      </div>
      <p className="place-details-known">
        <KnownLine dataset={dataset} park={park} />
        <span className="muted place-details-basis">{t('known.basis')}</span>
      </p>
      {park.secondary ? (
        <p className="badge-secondary place-details-banner">{t('parks.details.secondaryOnly')}</p>
      ) : null}
      <dl className="place-facts">
        <dt>{t('parks.details.tier')}</dt>
        <dd>{tierText}</dd>
        <dt>{t('parks.details.kind')}</dt>
        <dd>{t(`parks.kind.${park.kind}`)}</dd>
        {parent ? (
          <>
            <dt>{t('parks.details.parent')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectPark(parent.id)}>
                {pick(parent.name, lang)}
              </button>
              {inferredMark}
            </dd>
          </>
        ) : null}
        {children.length > 0 ? (
          <>
            <dt>{t('parks.details.children')}</dt>
            <dd>
              {children.map((c) => (
                <span key={c.id}>
                  <button type="button" className="link-button" onClick={() => selectPark(c.id)}>
                    {pick(c.name, lang)}
                  </button>
                  {parentInferred(c) ? t('parks.details.parentInferred') : null}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt>{t('parks.details.county')}</dt>
        <dd>
          {division ? (
            <button type="button" className="link-button" onClick={() => selectCounty(division.code)}>
              {pick(division.name, lang)}
            </button>
          ) : (
            notPublished
          )}
        </dd>
        <dt>{t('parks.details.standard')}</dt>
        <dd>
          {standard}
          {/* S4 names the standard only: no source says which utilities the 九通 / 八通 are. */}
          {park.tier !== 'core' && division ? (
            <span className="muted standard-note"> · {t('parks.details.standardUnlisted')}</span>
          ) : null}
        </dd>
        <dt>{t('parks.details.location')}</dt>
        <dd>
          <LocationWords dataset={dataset} location={loc} />
        </dd>
        <dt>{t('parks.details.sectors')}</dt>
        <dd>
          <SectorBasisList dataset={dataset} item={park} />
        </dd>
      </dl>

      {figures.length > 0 ? (
        <>
          <h3>{t('parks.details.figures')}</h3>
          <ul className="claims">
            {figures.map((f) => (
              <li key={f.id} className="claim">
                <p className="claim-text">
                  {pick(f.label, lang)}
                  {colon}
                  <strong>{formatFigureLine(f, lang, notPublished)}</strong>
                </p>
                <p className="claim-source">
                  {sourceLine(f.sources)} <FactTag dataset={dataset} fact={f.fact} sources={f.sources} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('parks.details.claims')}</h3>
      <ClaimList dataset={dataset} claims={park.claims} />

      <EntitySection dataset={dataset} entities={entities} />

      <h3>{t('parks.details.sources')}</h3>
      <SourceFooter sources={cited} />
    </>
  );
}
