import { useMemo, type ReactNode } from 'react';
import type { Dataset, Park } from '../../domain/schema/dataset-schema';
import { divisionOf, entitiesOfPark, sourcesById, sourcesOf } from '../../domain/parks/park-directory';
import { isInferred } from '../../domain/parks/sector-match';
import { sceneSubject } from '../../domain/share/scene-subject';
import { formatFigureLine } from '../../domain/text/format-figure';
import { labelSeparator, nameSeparator, pick } from '../../domain/text/localize';
import { sourceListText } from '../../domain/text/source-list';
import { useLang, useT } from '../../i18n/i18n-context';
import { CARD_WORDS } from './card-words';
import { fill } from './present-words';

/** Firms and figures on a park's card; the rest are counted (the browsing view has them all). */
const FIRMS_SHOWN = 5;
const FIGURES_SHOWN = 1;

/**
 * A park's presentation card: tier and county, where the map's frame comes from (its extent, the
 * extent it lies in, or only its county), its sectors with their basis, its firms, and its own
 * figures with qualifier and source, or the sources' silence said.
 */
export function ParkCard({ park, dataset }: { park: Park; dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const words = CARD_WORDS[lang];
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const undated = t('parks.details.undated');
  const code = divisionOf(park);
  const division = code ? dataset.divisions.find((d) => d.code === code) : undefined;
  const firms = entitiesOfPark(dataset, park.id);
  const figures = dataset.indicators.filter((i) => i.park === park.id);
  const subject = sceneSubject({ kind: 'park', id: park.id }, dataset);
  const within =
    subject.kind === 'extent' && subject.within
      ? dataset.parks.find((p) => p.id === subject.within)
      : undefined;
  const framed =
    subject.kind === 'extent'
      ? within
        ? fill(words.framedWithin, { name: pick(within.name, lang) })
        : words.framedExtent
      : subject.kind === 'divisions' && division
        ? // The county is named just above, in the eyebrow.
          words.framedCounty
        : words.framedNone;
  const sectors = park.sectors.map((id) => {
    const s = dataset.sectors.find((x) => x.id === id);
    const name = s ? pick(s.name, lang) : id;
    return isInferred(park, id) ? t('links.sectorInferred', { name }) : name;
  });
  const colon = labelSeparator(lang);
  const children = dataset.parks.filter((p) => p.parent === park.id);

  return (
    <article className="scene-card" data-card="park">
      <p className="scene-card-eyebrow">
        {t(`parks.tier.${park.tier}`)}
        {division ? ` · ${pick(division.name, lang)}` : ''}
      </p>
      <h2 className="scene-card-title">{pick(park.name, lang)}</h2>
      <p className="scene-card-lead" data-frame={subject.kind}>
        {framed}
      </p>
      <CardLine label={t('parks.details.sectors')}>
        {sectors.length ? sectors.join(nameSeparator(lang)) : t('parks.details.notPublished')}
      </CardLine>
      {children.length > 0 ? (
        <CardLine label={t('parks.details.children')}>
          {children.map((c) => pick(c.name, lang)).join(nameSeparator(lang))}
        </CardLine>
      ) : null}
      {firms.length > 0 ? (
        <CardLine label={t('parks.details.entities')}>
          {firms
            .slice(0, FIRMS_SHOWN)
            .map((e) => pick(e.name, lang))
            .join(nameSeparator(lang))}
          {firms.length > FIRMS_SHOWN ? ` · ${fill(words.more, { n: firms.length - FIRMS_SHOWN })}` : ''}
        </CardLine>
      ) : null}
      {figures.length > 0 ? (
        <CardLine label={t('parks.details.figures')}>
          {figures.slice(0, FIGURES_SHOWN).map((f) => (
            <span key={f.id}>
              {pick(f.label, lang)}
              {colon}
              <strong>{formatFigureLine(f, lang, t('parks.details.notPublished'))}</strong>
              <span className="scene-card-source">
                {t('parks.details.sourceLine', {
                  list: sourceListText(sourcesOf(byId, f.sources), lang, undated),
                })}
              </span>
            </span>
          ))}
          {figures.length > FIGURES_SHOWN ? (
            <span className="scene-card-more">
              {fill(words.moreFigures, { n: figures.length - FIGURES_SHOWN })}
            </span>
          ) : null}
        </CardLine>
      ) : (
        <p className="scene-card-line scene-card-silent">{words.noFigures}</p>
      )}
    </article>
  );
}

/** "Sectors: …": a labelled line of a card. */
function CardLine({ label, children }: { label: string; children: ReactNode }) {
  const lang = useLang();
  return (
    <p className="scene-card-line">
      <span className="scene-card-label">
        {label}
        {labelSeparator(lang)}
      </span>
      {children}
    </p>
  );
}
