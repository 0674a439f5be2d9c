import type { SectorBasis } from '../schema/link-basis-schema';

/**
 * The one rule for "does this match the sector filter", shared by the map, the list and the
 * charts: an empty selection means all sectors; otherwise any overlap matches.
 */
export function matchesSectors(itemSectors: readonly string[], selected: readonly string[]): boolean {
  return selected.length === 0 || itemSectors.some((s) => selected.includes(s));
}

/** Which links count: every link, or only those a source states ("sourced links only"). */
export const LINK_FILTERS = ['all', 'sourced'] as const;
export type LinkFilter = (typeof LINK_FILTERS)[number];

interface Linked {
  sectors: readonly string[];
  sectorBasis: SectorBasis;
}

const sourcedCache = new WeakMap<Linked, readonly string[]>();

/** The sectors a source states for this park or firm (its inferred links left out). */
export function sourcedSectors(item: Linked): readonly string[] {
  let out = sourcedCache.get(item);
  if (!out) {
    out = item.sectors.filter((s) => item.sectorBasis[s]?.basis === 'stated');
    sourcedCache.set(item, out);
  }
  return out;
}

/** The sectors that count under the link filter: with "sourced", inferred links are ignored. */
export const linkedSectors = (item: Linked, links: LinkFilter): readonly string[] =>
  links === 'sourced' ? sourcedSectors(item) : item.sectors;

/** `matchesSectors` over the sectors that count: the rule for parks and firms everywhere. */
export const matchesLinked = (item: Linked, selected: readonly string[], links: LinkFilter): boolean =>
  matchesSectors(linkedSectors(item, links), selected);

/** Whether this item's link to `sector` is inferred. */
export const isInferred = (item: Pick<Linked, 'sectorBasis'>, sector: string): boolean =>
  item.sectorBasis[sector]?.basis === 'inferred';
