import { describe, expect, it } from 'vitest';
import { FACT_TOPICS, factDate, laterFactGroups } from './later-facts';
import { SECTOR_TOPICS } from './later-ids';
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

  it('lists each sector’s facts as "what happened since": by the date stated, oldest first, undated last', () => {
    const groups = laterFactGroups(followup, []).groups;
    for (const topic of SECTOR_TOPICS) {
      const facts = groups.find((g) => g.topic === topic)?.facts ?? [];
      expect(facts.length, topic).toBeGreaterThan(1);
      const dates = facts.map((f) => f.date);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated, topic).toEqual([...dated].sort());
      expect(
        dates.slice(dated.length).every((d) => d === null),
        `${topic}: undated last`,
      ).toBe(true);
    }
    // XPeng's 500,000th vehicle (Y15, reported January 2025) comes before the mayor's
    // "heading towards 100 bn" (Y12, January 2026), though the file lists it after.
    const nev = groups.find((g) => g.topic === 'nev')?.facts.map((f) => f.fact.id) ?? [];
    expect(nev.indexOf('Y15')).toBeGreaterThanOrEqual(0);
    expect(nev.indexOf('Y15')).toBeLessThan(nev.indexOf('Y12'));
  });

  it('dates a fact by its own date, else by its latest source', () => {
    const fact = followup.facts.find((f) => f.id === 'Y01');
    if (!fact) throw new Error('no Y01');
    expect(factDate({ ...fact, statedOn: '2025-05-01' }, () => '2026-01-01')).toBe('2025-05-01');
    expect(
      factDate({ ...fact, statedOn: null, sources: ['a', 'b'] }, (id) => (id === 'a' ? '2025' : '2025-05')),
    ).toBe('2025-05');
    expect(factDate({ ...fact, statedOn: null, sources: ['a'] }, () => null)).toBeNull();
  });
});
