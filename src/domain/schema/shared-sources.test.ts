import { describe, expect, it } from 'vitest';
import { shippedDataset, shippedFollowup } from '../../testing/shipped-data';

/**
 * One record per source (data audit 2026-12, n7): a source cited by both data files is the same
 * source in both — outlet, date and its hedge, and the address read.
 */
describe('sources cited by both data files', () => {
  const later = new Map(shippedFollowup.sources.map((s) => [s.id, s]));
  const shared = shippedDataset.sources.filter((s) => later.has(s.id));

  it('exist (YS01, YS06 and YS08 are cited by both)', () => {
    expect(shared.map((s) => s.id)).toEqual(['YS01', 'YS06', 'YS08']);
  });

  it.each(shared.map((s) => [s.id, s] as const))('%s reads the same in both', (id, s) => {
    const f = later.get(id);
    expect(s.outlet).toEqual(f?.outlet);
    expect(s.date).toEqual(f?.date);
    expect(s.dateNote ?? null).toEqual(f?.dateNote ?? null);
    expect(f?.urls).toContain(s.url);
  });
});
