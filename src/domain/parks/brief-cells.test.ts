import { describe, expect, it } from 'vitest';
import { briefCells, sourceRanks } from './brief-cells';
import type { CompareItem, CompareTable } from './compare-rows';

const a: CompareItem = { text: 'national-level zone since 2010', period: '2010-09', sources: ['PS-01'] };
const b: CompareItem = { text: 'about 98 km²', sources: ['PS-04', 'S4'] };
const table: CompareTable = {
  parkIds: ['one', 'two'],
  names: ['One', 'Two'],
  dataDate: '2024-03',
  sources: [],
  rows: [
    { id: 'level', differs: true, cells: [{ kind: 'items', items: [a] }, { kind: 'not-published' }] },
    {
      id: 'established',
      differs: true,
      cells: [
        { kind: 'items', items: [b, a] },
        { kind: 'items', items: [a] },
      ],
    },
  ],
};

describe('briefCells', () => {
  it('marks an item its park’s column already showed in an earlier row, and only there', () => {
    const [level, established] = briefCells(table);
    expect(level?.[0]).toEqual({ kind: 'items', items: [{ item: a, repeatOf: null }] });
    expect(level?.[1]).toEqual({ kind: 'not-published' });
    expect(established?.[0]).toEqual({
      kind: 'items',
      items: [
        { item: b, repeatOf: null },
        { item: a, repeatOf: 'level' },
      ],
    });
    // Another park's column: shown in full.
    expect(established?.[1]).toEqual({ kind: 'items', items: [{ item: a, repeatOf: null }] });
  });
});

describe('sourceRanks', () => {
  it('gives each source the first place in a cell where an item cites it', () => {
    expect(Object.fromEntries(sourceRanks(table))).toEqual({ 'PS-01': 0, 'PS-04': 0, S4: 0 });
    const later: CompareTable = {
      ...table,
      rows: [
        {
          id: 'firms',
          differs: false,
          cells: [{ kind: 'items', items: [a, a, b] }, { kind: 'not-published' }],
        },
      ],
    };
    expect(Object.fromEntries(sourceRanks(later))).toEqual({ 'PS-01': 0, 'PS-04': 2, S4: 2 });
  });
});
