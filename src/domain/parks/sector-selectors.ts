import type { Dataset, Division, Entity, Park, Sector } from '../schema/dataset-schema';
import { SECTOR_GROUPS, type SectorGroup } from '../schema/vocabulary';
import { divisionOf, entityDivision } from './park-directory';
import { matchesLinked, type LinkFilter } from './sector-match';

/**
 * What the sector filter selects, for the map, the park list, the charts and the panel alike.
 * Every answer goes through `matchesSectors`, so "matches" means the same thing everywhere.
 */

/** Sector ids in dataset order: the order `toggleSector` keeps the selection in. */
export const sectorOrder = (dataset: Dataset): string[] => dataset.sectors.map((s) => s.id);

export interface SectorGroupOf {
  group: SectorGroup;
  sectors: Sector[];
}

/** Sectors under their group (leading, characteristic, future), groups in that order; empty groups left out. */
export function sectorsByGroup(dataset: Dataset): SectorGroupOf[] {
  return SECTOR_GROUPS.map((group) => ({
    group,
    sectors: dataset.sectors.filter((s) => s.group === group),
  })).filter((g) => g.sectors.length > 0);
}

/** With `links: 'sourced'`, inferred links are ignored (a park tagged only by inference does not match). */
export const matchingParks = (
  dataset: Dataset,
  selected: readonly string[],
  links: LinkFilter = 'all',
): Park[] => dataset.parks.filter((p) => matchesLinked(p, selected, links));

/** Firms, projects, labs and places whose sectors match. */
export const matchingEntities = (
  dataset: Dataset,
  selected: readonly string[],
  links: LinkFilter = 'all',
): Entity[] => dataset.entities.filter((e) => matchesLinked(e, selected, links));

export interface SectorCount {
  /** Parks linked to the sector (under the link filter). */
  parks: number;
  /** Of those, how many by an inferred link only (always 0 with "sourced links only"). */
  inferred: number;
}

/**
 * For each sector id, how many parks list that sector: the count beside each filter toggle, with
 * how many of those links are inferred. It does not change with the selection, so a reader can see
 * what choosing a sector would give.
 */
export function parkCountsBySector(
  dataset: Dataset,
  links: LinkFilter = 'all',
): ReadonlyMap<string, SectorCount> {
  return new Map(
    dataset.sectors.map((s) => {
      const parks = dataset.parks.filter((p) => matchesLinked(p, [s.id], links));
      const inferred = parks.filter((p) => p.sectorBasis[s.id]?.basis === 'inferred').length;
      return [s.id, { parks: parks.length, inferred }];
    }),
  );
}

export interface DivisionMatch {
  division: Division;
  parks: Park[];
  entities: Entity[];
}

/** Per county, in dataset order, the matching parks and firms placed in it (possibly none). */
export function matchesByDivision(
  dataset: Dataset,
  selected: readonly string[],
  links: LinkFilter = 'all',
): DivisionMatch[] {
  const parks = matchingParks(dataset, selected, links);
  const entities = matchingEntities(dataset, selected, links);
  return dataset.divisions.map((division) => ({
    division,
    parks: parks.filter((p) => divisionOf(p) === division.code),
    entities: entities.filter((e) => entityDivision(e) === division.code),
  }));
}

export interface MatchSummary {
  /** The selection, in dataset order; empty = no filter. */
  selected: Sector[];
  parks: Park[];
  entities: Entity[];
  /** Every park and cluster. */
  totalParks: number;
  /** Of those, the SME industrial clusters: named clusters, not fenced parks (n9). */
  totalClusters: number;
  totalEntities: number;
  /** Counties where neither a matching park nor a matching firm is placed. */
  divisionsWithoutMatch: Division[];
  /** Matching firms and projects that no source places in a county (they cannot be mapped). */
  unplacedEntities: Entity[];
}

/**
 * The last summary per dataset, by selection: the filter's status line and the panel's summary ask
 * for the same one (the panel a frame later), and at 100,000 firms a pass is worth not repeating.
 */
const lastSummary = new WeakMap<
  Dataset,
  { selected: readonly string[]; links: LinkFilter; summary: MatchSummary }
>();

export function matchSummary(
  dataset: Dataset,
  selected: readonly string[],
  links: LinkFilter = 'all',
): MatchSummary {
  const last = lastSummary.get(dataset);
  if (
    last &&
    last.links === links &&
    last.selected.length === selected.length &&
    last.selected.every((s, i) => s === selected[i])
  )
    return last.summary;
  const summary = computeMatchSummary(dataset, selected, links);
  lastSummary.set(dataset, { selected: [...selected], links, summary });
  return summary;
}

function computeMatchSummary(dataset: Dataset, selected: readonly string[], links: LinkFilter): MatchSummary {
  // One pass over parks and one over firms: this runs on every filter change, and a full project
  // register has tens of thousands of firms and projects.
  const parks = matchingParks(dataset, selected, links);
  const entities = matchingEntities(dataset, selected, links);
  const withMatch = new Set<string>();
  for (const p of parks) {
    const code = divisionOf(p);
    if (code !== null) withMatch.add(code);
  }
  const unplacedEntities: Entity[] = [];
  for (const e of entities) {
    const code = entityDivision(e);
    if (code === null) unplacedEntities.push(e);
    else withMatch.add(code);
  }
  return {
    selected: dataset.sectors.filter((s) => selected.includes(s.id)),
    parks,
    entities,
    totalParks: dataset.parks.length,
    totalClusters: dataset.parks.filter((p) => p.kind === 'cluster').length,
    totalEntities: dataset.entities.length,
    divisionsWithoutMatch: dataset.divisions.filter((d) => !withMatch.has(d.code)),
    unplacedEntities,
  };
}
