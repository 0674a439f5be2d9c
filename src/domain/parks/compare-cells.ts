import type { CompareCell, CompareItem, CompareRowId } from './compare-rows';

export const NOT_PUBLISHED: CompareCell = { kind: 'not-published' };

/** A cell of the items given, or `not-published` when there are none. */
export const cellOf = (items: readonly CompareItem[]): CompareCell =>
  items.length > 0 ? { kind: 'items', items } : NOT_PUBLISHED;

/** The cells of one row, and its note; what each part of the table contributes. */
export interface RowCells {
  cells: readonly CompareCell[];
  note?: string;
}
export type PartialRows = Partial<Record<CompareRowId, RowCells>>;
