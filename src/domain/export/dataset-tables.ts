import type { Dataset, Division, Entity, Lang, Localized, Park } from '../schema/dataset-schema';
import type { LinkBasis, SectorBasis } from '../schema/link-basis-schema';
import type { ParkLocation } from '../schema/location-schema';
import type { CsvCell } from '../charts/csv';
import { pick } from '../text/localize';
import { bilingual, linesCell, listCell, perLang, table, type Column } from './csv-table';
import type { ExportWords } from './export-words';

/**
 * The parks, the firms and projects, and every link's basis as tables: each name in the reader's
 * language and the original Chinese, each code beside its words, every source by id (sources.csv
 * has them in full). Nothing is left blank that the page would fill: where a source is silent the
 * cell says so in words ("location not published"), and an inferred link says it is inferred.
 */

interface Lookups {
  park: Map<string, Park>;
  division: Map<string, Division>;
  sector: Map<string, Localized>;
}

export const lookups = (d: Dataset): Lookups => ({
  park: new Map(d.parks.map((p) => [p.id, p])),
  division: new Map(d.divisions.map((v) => [v.code, v])),
  sector: new Map(d.sectors.map((s) => [s.id, s.name])),
});

const divisionOf = (loc: ParkLocation): string | null =>
  loc.precision === 'unpublished' ? null : loc.division;

/** The columns that say where a place is and how that is known. */
function locationColumns<T>(lang: Lang, words: ExportWords, get: (row: T) => ParkLocation): Column<T>[] {
  const note = (loc: ParkLocation): Localized | null =>
    loc.precision === 'county' ? (loc.note ?? null) : loc.precision === 'within' ? loc.inferredFrom : null;
  const bound = (i: 0 | 1, j: 0 | 1) => (row: T) => {
    const loc = get(row);
    return loc.precision === 'area' ? loc.bounds[i][j] : null;
  };
  return [
    ['location_precision_code', (r) => get(r).precision],
    [
      `location_${lang}`,
      (r) => {
        const loc = get(r);
        return loc.precision === 'within' && loc.inferredFrom
          ? words.precision.withinInferred
          : words.precision[loc.precision];
      },
    ],
    ...bilingual<T>('location_note', lang, (r) => note(get(r))),
    ['within_park_id', (r) => (get(r).precision === 'within' ? (get(r) as { parent: string }).parent : null)],
    ['bounds_south', bound(0, 0)],
    ['bounds_west', bound(0, 1)],
    ['bounds_north', bound(1, 0)],
    ['bounds_east', bound(1, 1)],
    ['lat', (r) => (get(r).precision === 'exact' ? (get(r) as { lat: number }).lat : null)],
    ['lng', (r) => (get(r).precision === 'exact' ? (get(r) as { lng: number }).lng : null)],
    ['location_sources', (r) => (get(r).precision === 'unpublished' ? null : listCell(sourcesOf(get(r))))],
  ];
}

const sourcesOf = (loc: ParkLocation): string[] => (loc.precision === 'unpublished' ? [] : loc.sources);

/** The county's code and name, and the sectors with the basis of each link (codes). */
function sectorColumns<T>(
  lang: Lang,
  lk: Lookups,
  get: (row: T) => { sectors: readonly string[]; sectorBasis: SectorBasis },
): Column<T>[] {
  return [
    ['sector_ids', (r) => listCell(get(r).sectors)],
    ...bilingual<T>('sectors', lang, (r) =>
      perLang((l) => listCell(get(r).sectors.map((s) => lk.sector.get(s)?.[l] ?? s))),
    ),
    [
      'sector_basis',
      (r) => listCell(get(r).sectors.map((s) => `${s}: ${get(r).sectorBasis[s]?.basis ?? 'none'}`)),
    ],
  ];
}

function countyColumns<T>(lang: Lang, lk: Lookups, code: (row: T) => string | null): Column<T>[] {
  return [
    ['county_code', (r) => code(r)],
    ...bilingual<T>('county', lang, (r) => lk.division.get(code(r) ?? '')?.name),
  ];
}

const claimsColumns = <T>(lang: Lang, get: (row: T) => Park['claims']): Column<T>[] => [
  ...bilingual<T>('claims', lang, (r) => perLang((l) => linesCell(get(r).map((c) => c.text[l])))),
  ['claim_sources', (r) => listCell([...new Set(get(r).flatMap((c) => c.sources))])],
  ['claim_facts', (r) => listCell(get(r).flatMap((c) => (c.fact ? [c.fact] : [])))],
];

export function parksTable(d: Dataset, lang: Lang, words: ExportWords): CsvCell[][] {
  const lk = lookups(d);
  const standard = (p: Park): string => {
    const division = lk.division.get(divisionOf(p.location) ?? '');
    // The 九通一平 / 八通一平 requirement is the block's; a core park's own standard is not published.
    if (p.tier === 'core' || !division) return words.notPublished;
    return `${words.standard[division.standard]} (${words.standardBlockWide})`;
  };
  return table<Park>(d.parks, [
    ['id', (p) => p.id],
    ...bilingual<Park>('name', lang, (p) => p.name),
    ['tier_code', (p) => p.tier],
    [`tier_${lang}`, (p) => words.tier[p.tier]],
    ['kind_code', (p) => p.kind],
    [`kind_${lang}`, (p) => words.parkKind[p.kind]],
    ['parent_park_id', (p) => p.parent],
    [`parent_park_${lang}`, (p) => (p.parent ? pick(lk.park.get(p.parent)?.name ?? emptyName, lang) : null)],
    ...countyColumns<Park>(lang, lk, (p) => divisionOf(p.location)),
    ['block_code', (p) => lk.division.get(divisionOf(p.location) ?? '')?.block ?? null],
    [`infrastructure_standard_${lang}`, standard],
    ...locationColumns<Park>(lang, words, (p) => p.location),
    ...sectorColumns<Park>(lang, lk, (p) => p),
    ['secondary_material_only', (p) => (p.secondary ? words.yes : words.no)],
    ['figure_ids', (p) => listCell(d.indicators.filter((i) => i.park === p.id).map((i) => i.id))],
    ['firm_and_project_ids', (p) => listCell(d.entities.filter((e) => e.park === p.id).map((e) => e.id))],
    ...claimsColumns<Park>(lang, (p) => p.claims),
  ]);
}

const emptyName: Localized = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

export function entitiesTable(d: Dataset, lang: Lang, words: ExportWords): CsvCell[][] {
  const lk = lookups(d);
  const events = (e: Entity, l: Lang) => linesCell(e.events.map((ev) => `${ev.date}: ${ev.text[l]}`));
  return table<Entity>(d.entities, [
    ['id', (e) => e.id],
    ...bilingual<Entity>('name', lang, (e) => e.name),
    ['kind_code', (e) => e.kind],
    [`kind_${lang}`, (e) => words.entityKind[e.kind]],
    ['park_id', (e) => e.park],
    ...bilingual<Entity>('park', lang, (e) => (e.park ? lk.park.get(e.park)?.name : null)),
    ['park_basis_code', (e) => e.parkBasis?.basis ?? null],
    ...countyColumns<Entity>(lang, lk, (e) => e.division ?? divisionOf(e.location)),
    ...locationColumns<Entity>(lang, words, (e) => e.location),
    ...sectorColumns<Entity>(lang, lk, (e) => e),
    ...bilingual<Entity>('events', lang, (e) => perLang((l) => events(e, l))),
    ['event_sources', (e) => listCell([...new Set(e.events.flatMap((ev) => ev.sources))])],
    ...claimsColumns<Entity>(lang, (e) => e.claims),
  ]);
}

/** One link: a park's or firm's sector, or a firm's park, with its basis. */
interface Link {
  itemType: 'park' | 'firm-or-project';
  item: Park | Entity;
  link: 'sector' | 'park';
  targetId: string;
  target: Localized | undefined;
  basis: LinkBasis;
}

export function linksTable(d: Dataset, lang: Lang, words: ExportWords): CsvCell[][] {
  const lk = lookups(d);
  const sectorLinks = (itemType: Link['itemType'], item: Park | Entity): Link[] =>
    item.sectors.flatMap((s) => {
      const basis = item.sectorBasis[s];
      return basis ? [{ itemType, item, link: 'sector', targetId: s, target: lk.sector.get(s), basis }] : [];
    });
  const links: Link[] = [
    ...d.parks.flatMap((p) => sectorLinks('park', p)),
    ...d.entities.flatMap((e) => [
      ...(e.park && e.parkBasis
        ? [
            {
              itemType: 'firm-or-project',
              item: e,
              link: 'park',
              targetId: e.park,
              target: lk.park.get(e.park)?.name,
              basis: e.parkBasis,
            } satisfies Link,
          ]
        : []),
      ...sectorLinks('firm-or-project', e),
    ]),
  ];
  return table<Link>(links, [
    ['item_type', (l) => l.itemType],
    ['item_id', (l) => l.item.id],
    ...bilingual<Link>('item', lang, (l) => l.item.name),
    ['link', (l) => l.link],
    ['target_id', (l) => l.targetId],
    ...bilingual<Link>('target', lang, (l) => l.target),
    ['basis_code', (l) => l.basis.basis],
    [`basis_${lang}`, (l) => words.basis[l.basis.basis]],
    // The source's own words are Chinese; where only a summary is on file, `fact` names it.
    ['quote_zh-Hans', (l) => (l.basis.basis === 'stated' ? l.basis.quote : null)],
    ['fact', (l) => (l.basis.basis === 'stated' ? (l.basis.fact ?? null) : null)],
    ...bilingual<Link>('reason', lang, (l) => (l.basis.basis === 'inferred' ? l.basis.reason : null)),
    ['sources', (l) => listCell(l.basis.sources)],
  ]);
}
