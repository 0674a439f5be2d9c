/**
 * The one rule for "does this match the sector filter", shared by the map, the list and the
 * charts: an empty selection means all sectors; otherwise any overlap matches.
 */
export function matchesSectors(itemSectors: readonly string[], selected: readonly string[]): boolean {
  return selected.length === 0 || itemSectors.some((s) => selected.includes(s));
}
