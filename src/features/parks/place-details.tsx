import './parks.css';
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Dataset, type Division, type Entity, type Park } from '../../domain/dataset-schema';
import { formatFigureLine } from '../../domain/format-figure';
import { pick } from '../../domain/localize';
import {
  citedSources,
  divisionOf,
  entitiesOfDivision,
  entitiesOfPark,
  formatDegrees,
  parksInDivision,
  sourcesById,
  sourcesOf,
} from '../../domain/park-directory';
import { matchesSectors } from '../../domain/sector-match';
import { HTML_LANG } from '../../i18n/resolve-lang';
import { useLang } from '../../i18n/use-lang';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { ParkRow } from './park-list';
import { ClaimList, EntityBody, SourceFooter, useSourceLine, useSourceList } from './source-notes';

/**
 * Shows the details of the chosen park or county in place of `children` (the side panel's tabs),
 * which stay mounted but hidden, so the list row that opened the details can take focus back.
 *
 * Focus: opening moves focus to the details' heading and remembers what had it (a map marker, a
 * list row); closing — the close button or Escape — hands focus back to that element. A page
 * opened on a link to a park shows its details without taking focus.
 */
export function PlaceDetailsHost({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const park = useViewStore((s) => s.view.park);
  const county = useViewStore((s) => s.view.county);
  const { selectPark, selectCounty } = useViewActions();
  const parkRecord = park ? dataset.parks.find((p) => p.id === park) : undefined;
  const division = !parkRecord && county ? dataset.divisions.find((d) => d.code === county) : undefined;
  const key = parkRecord ? `park:${parkRecord.id}` : division ? `county:${division.code}` : null;

  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const previous = useRef<string | null>(null);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = key;
    if (key === before) return;
    const active = document.activeElement;
    const inside = active instanceof Node && rootRef.current?.contains(active) === true;
    if (key === null) {
      // Closed (button, Escape, Back): the panel's content is gone, so focus would fall to <body>.
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected && (active === null || active === document.body)) target.focus();
      return;
    }
    // The new content starts at its heading: focus it, and bring the panel's top into view (the
    // side panel scrolls on a desktop, the page on a phone).
    const show = () => {
      headingRef.current?.focus({ preventScroll: true });
      rootRef.current?.scrollIntoView?.({ block: 'start' });
    };
    if (before === null) {
      if (active instanceof HTMLElement && active !== document.body && !inside) {
        returnTo.current = active;
        show();
      }
    } else if (inside || active === null || active === document.body) {
      // Moving within the panel (a park's county, a county's park).
      show();
    } else if (active instanceof HTMLElement) {
      // Opened from elsewhere while open (another marker): that element gets focus back.
      returnTo.current = active;
      show();
    }
  }, [key]);

  const close = () => {
    if (parkRecord) selectPark(null);
    else selectCounty(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
  };

  return (
    <>
      {key ? (
        <section
          ref={rootRef}
          className="place-details"
          aria-labelledby="place-details-heading"
          onKeyDown={onKeyDown}
        >
          {parkRecord ? (
            <ParkDetails dataset={dataset} park={parkRecord} headingRef={headingRef} onClose={close} />
          ) : division ? (
            <CountyDetails dataset={dataset} division={division} headingRef={headingRef} onClose={close} />
          ) : null}
        </section>
      ) : null}
      <div hidden={key !== null}>{children}</div>
    </>
  );
}

interface DetailProps {
  dataset: Dataset;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

function DetailsHeader({
  eyebrow,
  name,
  headingRef,
  onClose,
}: {
  eyebrow: string;
  name: Park['name'];
  headingRef: DetailProps['headingRef'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="place-details-header">
      <button type="button" className="button place-details-close" onClick={onClose}>
        <span aria-hidden="true">✕ </span>
        {t('parks.details.close')}
      </button>
      <p className="place-details-eyebrow">{eyebrow}</p>
      <h2 id="place-details-heading" ref={headingRef} tabIndex={-1}>
        {pick(name, lang)}
      </h2>
      <p className="place-details-names">
        <span className="muted">
          {t('parks.details.otherNames')}
          {lang === 'en' ? ': ' : '：'}
        </span>
        {LANGS.filter((l) => l !== lang).map((l, i) => (
          <span key={l}>
            {i > 0 ? ' · ' : ''}
            <span lang={HTML_LANG[l]}>{name[l]}</span>
          </span>
        ))}
      </p>
    </header>
  );
}

function ParkDetails({ dataset, park, headingRef, onClose }: DetailProps & { park: Park }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { selectPark, selectCounty } = useViewActions();
  const sourceLine = useSourceLine(dataset);
  const sourceList = useSourceList(dataset);
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const colon = lang === 'en' ? ': ' : '：';
  const code = divisionOf(park);
  const division = code ? dataset.divisions.find((d) => d.code === code) : undefined;
  const parent = park.parent ? dataset.parks.find((p) => p.id === park.parent) : undefined;
  const children = dataset.parks.filter((p) => p.parent === park.id);
  const entities = entitiesOfPark(dataset, park.id);
  const figures = dataset.indicators.filter((i) => i.park === park.id);
  const notPublished = t('parks.details.notPublished');
  const loc = park.location;

  const location =
    loc.precision === 'area'
      ? t('parks.details.extent', {
          west: formatDegrees(loc.bounds[0][1]),
          east: formatDegrees(loc.bounds[1][1]),
          south: formatDegrees(loc.bounds[0][0]),
          north: formatDegrees(loc.bounds[1][0]),
        })
      : loc.precision === 'county'
        ? t('parks.details.approximate')
        : loc.precision === 'exact'
          ? t('parks.details.exact')
          : t('parks.details.unpublished');

  const standard =
    park.tier === 'core'
      ? t('parks.details.coreStandard')
      : division
        ? lang === 'en'
          ? `${t(`standard.${division.standard}`)} (${t(`block.${division.block}`)})`
          : `${t(`standard.${division.standard}`)}（${t(`block.${division.block}`)}）`
        : notPublished;

  const sectorNames = park.sectors
    .map((id) => dataset.sectors.find((s) => s.id === id))
    .flatMap((s) => (s ? [s] : []));

  const cited = sourcesOf(
    byId,
    citedSources([
      ...park.claims,
      ...(loc.precision === 'unpublished' ? [] : [loc]),
      ...figures,
      ...entities.flatMap((e) => [...e.claims, ...e.events]),
    ]),
  );

  return (
    <>
      <DetailsHeader
        eyebrow={`${t(`parks.tier.${park.tier}`)} · ${t(`parks.kind.${park.kind}`)}`}
        name={park.name}
        headingRef={headingRef}
        onClose={onClose}
      />
      {park.secondary ? (
        <p className="badge-secondary place-details-banner">{t('parks.details.secondaryOnly')}</p>
      ) : null}
      <dl className="place-facts">
        <dt>{t('parks.details.tier')}</dt>
        <dd>{t(`parks.tier.${park.tier}`)}</dd>
        <dt>{t('parks.details.kind')}</dt>
        <dd>{t(`parks.kind.${park.kind}`)}</dd>
        {parent ? (
          <>
            <dt>{t('parks.details.parent')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectPark(parent.id)}>
                {pick(parent.name, lang)}
              </button>
            </dd>
          </>
        ) : null}
        {children.length > 0 ? (
          <>
            <dt>{t('parks.details.children')}</dt>
            <dd>
              {children.map((c) => (
                <button key={c.id} type="button" className="link-button" onClick={() => selectPark(c.id)}>
                  {pick(c.name, lang)}
                </button>
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
        <dd>{standard}</dd>
        <dt>{t('parks.details.location')}</dt>
        <dd>
          <span className="place-location">{location}</span>
          {loc.precision !== 'unpublished' ? (
            <span className="claim-source">
              {' '}
              {t('parks.details.locationBasis', { list: sourceList(loc.sources) })}
            </span>
          ) : null}
        </dd>
        <dt>{t('parks.details.sectors')}</dt>
        <dd>
          {sectorNames.length > 0 ? (
            <ul className="sector-chips">
              {sectorNames.map((s) => (
                <li key={s.id} style={{ borderColor: s.color }}>
                  {pick(s.name, lang)}
                </li>
              ))}
            </ul>
          ) : (
            t('parks.details.noSectors')
          )}
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
                  {sourceLine(f.sources)} <span className="fact-id">[{f.fact}]</span>
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

function CountyDetails({ dataset, division, headingRef, onClose }: DetailProps & { division: Division }) {
  const { t } = useTranslation();
  const sectors = useViewStore((s) => s.view.sectors);
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const parks = parksInDivision(dataset, division.code);
  const matching = parks.filter((p) => matchesSectors(p.sectors, sectors));
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
        <dd>{t(`standard.${division.standard}`)}</dd>
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
                <ParkRow dataset={dataset} park={p} />
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

/** The named firms and projects of a park or county, each with its events and sources. */
function EntitySection({ dataset, entities }: { dataset: Dataset; entities: readonly Entity[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <h3>{t('parks.details.entities')}</h3>
      {entities.length > 0 ? (
        entities.map((e) => (
          <article key={e.id} className="entity-card">
            <h4>{pick(e.name, lang)}</h4>
            <EntityBody dataset={dataset} entity={e} />
          </article>
        ))
      ) : (
        <p className="muted">{t('parks.details.noEntities')}</p>
      )}
    </>
  );
}
