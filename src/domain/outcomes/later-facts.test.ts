import { describe, expect, it } from 'vitest';
import { FACT_TOPICS, laterFactGroups } from './later-facts';
import { shippedFollowup } from '../../testing/shipped-data';

const followup = shippedFollowup;
const ids = (g: ReturnType<typeof laterFactGroups>) => g.groups.flatMap((t) => t.facts.map((f) => f.fact.id));

describe('laterFactGroups', () => {
  it('lists every fact once, under its topic, with all its figures', () => {
    const all = laterFactGroups(followup, []);
    expect(all.hidden).toBe(0);
    expect(ids(all).sort()).toEqual(followup.facts.map((f) => f.id).sort());
    expect(new Set(followup.facts.map((f) => f.topic))).toEqual(new Set(FACT_TOPICS));
    for (const group of all.groups)
      for (const { fact, figures } of group.facts) {
        expect(fact.topic).toBe(group.topic);
        expect(figures.map((l) => l.figure.id)).toEqual(fact.figures.map((g) => g.id));
      }
  });

  it('keeps the period a figure overrides, null included ("year not stated")', () => {
    const facts = laterFactGroups(followup, []).groups.flatMap((g) => g.facts);
    const y32 = facts.find((f) => f.fact.id === 'Y32');
    expect(y32?.figures.find((l) => l.figure.id === 'Y32-sihui-output')?.period).toBeNull();
    const y19 = facts.find((f) => f.fact.id === 'Y19');
    expect(y19?.figures[0]?.period).toBeNull();
    expect(y19?.figures[0]?.statedOn).toBe('2026-01-14');
  });

  it('filters like the target cards: city facts and facts of no sector always, others when they match', () => {
    const nev = laterFactGroups(followup, ['nev']);
    const shown = ids(nev);
    expect(shown).toContain('Y01'); // city
    expect(shown).toContain('Y09'); // city topic, names sectors
    expect(shown).toContain('Y12'); // nev
    expect(shown).toContain('Y36'); // no sector
    expect(shown).not.toContain('Y19'); // storage only
    expect(shown).not.toContain('Y29'); // metal hardware
    expect(nev.hidden).toBe(followup.facts.length - shown.length);
    expect(nev.hidden).toBeGreaterThan(0);
  });
});
