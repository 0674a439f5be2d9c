import type { CompareItem, CompareRowId, CompareTable } from './compare-rows';

/**
 * What the one-page brief prints in each cell of a comparison table, to keep a page of many facts
 * readable: an item that a park's column already shows in an earlier row (a fact that answers both
 * "level" and "established") is printed once, and referred to after that; each item keeps its place
 * in its cell, so the brief's denser fit steps can show only a cell's first items and say how many
 * more the live view holds; and each source knows the first place any cell cites it, so the source
 * list can leave out what no printed item cites.
 */

export interface BriefItem {
  item: CompareItem;
  /** The earlier row of the same park that already shows this very item, if any. */
  repeatOf: CompareRowId | null;
}

export type BriefCell = { kind: 'items'; items: readonly BriefItem[] } | { kind: 'not-published' };

const itemKey = (item: CompareItem): string =>
  JSON.stringify([item.text, item.period ?? '', item.sources, item.note ?? '', item.planned ?? false]);

/** The table's cells, row by row, with repeats within a park's column marked. */
export function briefCells(table: CompareTable): BriefCell[][] {
  const seen = table.parkIds.map(() => new Map<string, CompareRowId>());
  return table.rows.map((row) =>
    row.cells.map((cell, park) => {
      if (cell.kind === 'not-published') return cell;
      const shown = seen[park] ?? new Map<string, CompareRowId>();
      return {
        kind: 'items',
        items: cell.items.map((item) => {
          const key = itemKey(item);
          const repeatOf = shown.get(key) ?? null;
          if (repeatOf === null) shown.set(key, row.id);
          return { item, repeatOf };
        }),
      };
    }),
  );
}

/**
 * For each source, the smallest place (0 = first) of an item citing it within its cell, over the
 * whole table: a brief that prints only a cell's first n items lists the sources ranked below n.
 */
export function sourceRanks(table: CompareTable): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const row of table.rows)
    for (const cell of row.cells) {
      if (cell.kind === 'not-published') continue;
      cell.items.forEach((item, index) => {
        for (const id of item.sources) ranks.set(id, Math.min(ranks.get(id) ?? index, index));
      });
    }
  return ranks;
}
