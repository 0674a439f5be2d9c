import './scene-card.css';
import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import type { Scene } from '../../domain/share/tour';
import { mapLabel } from '../../domain/map/map-labels';
import { nameSeparator, pick } from '../../domain/text/localize';
import { divisionOf } from '../../domain/parks/park-directory';
import { isInferred, matchesLinked, type LinkFilter } from '../../domain/parks/sector-match';
import { useLang, useT } from '../../i18n/i18n-context';
import { useViewStore } from '../../state/view-store-context';
import { CARD_WORDS } from './card-words';
import { CardList } from './card-list';
import { ParkCard } from './park-card';
import { fill } from './present-words';

/**
 * The scene's card beside the map: what the scene is about, in the screen's reading size, made
 * to fit (never the browsing panel cut off, never a word about controls the screen hides).
 */
export function SceneCard({ scene, dataset }: { scene: Scene; dataset: Dataset }) {
  switch (scene.kind) {
    case 'park': {
      const park = dataset.parks.find((p) => p.id === scene.id);
      return park ? <ParkCard park={park} dataset={dataset} /> : null;
    }
    case 'sector':
      return <SectorCard sector={scene.id} dataset={dataset} />;
    case 'block':
      return <BlockCard codes={divisionCodes(dataset, scene.block)} dataset={dataset} />;
    case 'county':
      return <BlockCard codes={[scene.code]} dataset={dataset} />;
    case 'overview':
      return <OverviewCard dataset={dataset} />;
    case 'figures':
      return null;
  }
}

const divisionCodes = (dataset: Dataset, block: 'east' | 'west') =>
  dataset.divisions.filter((d) => d.block === block).map((d) => d.code);

/** "XPeng Motors (inferred)" where the link is the dataset's inference. */
function linkedName(
  name: string,
  item: Parameters<typeof isInferred>[0],
  sector: string,
  t: ReturnType<typeof useT>,
) {
  return isInferred(item, sector) ? t('links.sectorInferred', { name }) : name;
}

/** Every park, firm and project of the sector (under the presenter's link switch), named. */
function SectorCard({ sector, dataset }: { sector: string; dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const links: LinkFilter = useViewStore((s) => s.view.links);
  const words = CARD_WORDS[lang];
  const s = dataset.sectors.find((x) => x.id === sector);
  const parks = dataset.parks.filter((p) => matchesLinked(p, [sector], links));
  const firms = dataset.entities.filter((e) => matchesLinked(e, [sector], links));
  return (
    <article className="scene-card" data-card="sector">
      <h2 className="scene-card-title">{s ? pick(s.name, lang) : sector}</h2>
      <CardList title={fill(words.parksCounted, { n: parks.length })}>
        {parks.map((p) => (
          <li key={p.id}>
            {linkedName(pick(p.name, lang), p, sector, t)}
            <span className="scene-card-where">{whereWords(dataset, divisionOf(p), lang)}</span>
          </li>
        ))}
      </CardList>
      {firms.length > 0 ? (
        // One run of names: firms are many, and their county is in the view the QR code opens.
        <CardList title={fill(words.firmsCounted, { n: firms.length })} inline>
          {firms.map((e) => (
            <li key={e.id}>{linkedName(pick(e.name, lang), e, sector, t)}</li>
          ))}
        </CardList>
      ) : null}
    </article>
  );
}

/** " · Sihui": the county a place lies in, as the map names it, or nothing where no source says. */
function whereWords(dataset: Dataset, code: string | null, lang: Lang): string {
  const d = code ? dataset.divisions.find((x) => x.code === code) : undefined;
  return d ? ` · ${mapLabel(d.name, lang)}` : '';
}

/** Each district or county of a block (or one county), with the parks the sources name in it. */
function BlockCard({ codes, dataset }: { codes: readonly string[]; dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const words = CARD_WORDS[lang];
  return (
    <article className="scene-card" data-card="divisions">
      <dl className="scene-card-divisions">
        {codes.map((code) => {
          const d = dataset.divisions.find((x) => x.code === code);
          const parks = dataset.parks.filter((p) => p.tier !== 'core' && divisionOf(p) === code);
          return (
            <div key={code}>
              <dt>{d ? pick(d.name, lang) : code}</dt>
              <dd>
                {parks.length
                  ? parks
                      .map((p) =>
                        p.kind === 'cluster'
                          ? fill(words.cluster, { name: pick(p.name, lang) })
                          : pick(p.name, lang),
                      )
                      .join(nameSeparator(lang))
                  : t('parks.noParkNamed')}
              </dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}

/** The "344": the 3 core parks, the eastern four, the western four. */
function OverviewCard({ dataset }: { dataset: Dataset }) {
  const lang = useLang();
  const words = CARD_WORDS[lang];
  const core = dataset.parks.filter((p) => p.tier === 'core' && p.parent === null);
  const names = (block: 'east' | 'west') =>
    dataset.divisions.filter((d) => d.block === block).map((d) => pick(d.name, lang));
  return (
    <article className="scene-card" data-card="overview">
      <CardList title={words.core}>
        {core.map((p) => (
          <li key={p.id}>{pick(p.name, lang)}</li>
        ))}
      </CardList>
      <CardList title={words.eastFour} inline>
        {names('east').map((name) => (
          <li key={name}>{name}</li>
        ))}
      </CardList>
      <CardList title={words.westFour} inline>
        {names('west').map((name) => (
          <li key={name}>{name}</li>
        ))}
      </CardList>
    </article>
  );
}
