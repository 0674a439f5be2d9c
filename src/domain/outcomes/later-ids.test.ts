import { describe, expect, it } from 'vitest';
import { shippedFollowup } from '../../testing/shipped-data';
import { TARGET_PAIRS } from './later-ids';

describe('the links from a target figure to its card', () => {
  it('name, for every dataset figure a pair judges, that pair and no other', () => {
    const judged = shippedFollowup.pairs.flatMap((p) =>
      p.target.flatMap((t) => ('fact' in t && t.fact ? [[t.fact, p.id] as const] : [])),
    );
    expect(Object.fromEntries(judged)).toEqual(
      Object.fromEntries(Object.entries(TARGET_PAIRS).map(([fact, { pair }]) => [fact, pair])),
    );
  });

  it('lead to a sector’s list only where the pair is about that one sector', () => {
    for (const [fact, { pair, topic }] of Object.entries(TARGET_PAIRS)) {
      const sectors = shippedFollowup.pairs.find((p) => p.id === pair)?.sectors ?? [];
      if (topic) expect(sectors, fact).toEqual([topic]);
    }
  });
});
