import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY } from '../../../tests/fixtures/simplified-only';
import { followupSchema, type Followup } from './followup-schema';

const text = readFileSync('public/data/zhaoqing-followup.json', 'utf8');
const raw = JSON.parse(text) as Followup;
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** xs[i], which must exist (the shipped file has it). */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

/** The issue paths of a copy of the shipped file edited by `edit`. */
function issuesAfter(edit: (d: Followup) => void): string[] {
  const copy = structuredClone(raw);
  edit(copy);
  const result = followupSchema.safeParse(copy);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the shipped follow-up file', () => {
  it('parses with followupSchema', () => {
    expect(issuesAfter(() => undefined)).toEqual([]);
  });

  it('holds every fact Y01–Y58, source YS01–YS24 and caveat C1–C16 of the facts file (docs/facts/zhaoqing-followup.md)', () => {
    expect(raw.facts.map((f) => f.id)).toEqual(ids('Y', 58));
    expect(raw.sources.map((s) => s.id)).toEqual(ids('YS', 24));
    expect(raw.caveats.map((c) => c.id)).toEqual(Array.from({ length: 16 }, (_, i) => `C${i + 1}`));
  });

  it('keeps Y11 and Y58 as "not found" rows, without a value, quote or source', () => {
    for (const id of ['Y11', 'Y58']) {
      const fact = raw.facts.find((f) => f.id === id);
      expect(fact?.figures.map((g) => [g.qualifier, g.value])).toEqual([['not-found', null]]);
      expect([fact?.quote, fact?.sources]).toEqual([null, []]);
    }
  });

  it('gives a title in 《》 only where the facts file does; descriptions are flagged as such', () => {
    const original = raw.sources.filter((s) => s.title.kind === 'original').map((s) => s.id);
    expect(original).toEqual([
      'YS01',
      'YS02',
      'YS03',
      'YS04',
      'YS06',
      'YS07',
      'YS10',
      'YS11',
      'YS12',
      'YS13',
      'YS18',
      'YS20',
      'YS22',
      'YS24',
    ]);
  });

  it('writes tiers as tiers: a 千亿级 / 五百亿级 figure carries no value (C4)', () => {
    const tiers = raw.facts.flatMap((f) => f.figures.filter((g) => g.qualifier === 'tier'));
    expect(tiers.map((g) => [g.id, g.tier, g.value])).toEqual([
      ['Y13-nev', '100bn', null],
      ['Y13-storage', '50bn', null],
      ['Y13-electronics', '50bn', null],
      ['Y27-tier', '50bn', null],
    ]);
  });

  it('says "year not stated" (period null) for the undated figures of C5', () => {
    const undated = raw.facts.filter((f) => f.period === null).map((f) => f.id);
    expect(undated).toEqual(['Y16', 'Y19', 'Y22', 'Y29', 'Y30']);
  });

  it('writes no Simplified-only character in any zh-Hant text', () => {
    const hant = [...text.matchAll(/"zh-Hant": "([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hant.length).toBeGreaterThan(200);
    const bad = hant.filter((s) => SIMPLIFIED_ONLY.some((c) => s.includes(c)));
    expect(bad).toEqual([]);
  });
});

describe('followupSchema names the bad field', () => {
  it.each<[string, (d: Followup) => void, string]>([
    [
      'a value that is not a number',
      (d) => ((at(d.facts, 0).figures[0] as { value: unknown }).value = '2917.85'),
      'facts.0.figures.0.value: ',
    ],
    [
      'an unknown source',
      (d) => (at(d.facts, 3).sources = ['YS99']),
      'facts.3.sources.0: unknown source "YS99"',
    ],
    [
      'a tier given a value',
      (d) => (at(at(d.facts, 12).figures, 0).value = 1000),
      'facts.12.figures.0.value: a tier figure has no value',
    ],
    [
      'a title stored in 《》',
      (d) => (at(d.sources, 0).title = { kind: 'original', text: '《标题》' }),
      'sources.0.title.text: store the title without 《》',
    ],
    [
      'a javascript: address',
      (d) => (at(d.sources, 1).urls = ['javascript:alert(1)']),
      'sources.1.urls.0: expected an http(s) URL',
    ],
    [
      'a pair pointing at a missing figure',
      (d) => (at(at(d.pairs, 0).outcomes, 0).figure = 'Y12-gone'),
      'pairs.0.outcomes.0.figure: unknown figure "Y12-gone"',
    ],
    [
      'an earlier figure’s comparison worded as "met" (N1)',
      (d) => {
        const pair = at(d.pairs, 8);
        pair.outcomes = [{ figure: 'Y37-planned', relation: 'same-measure', sourceVerdict: 'met' }];
      },
      'pairs.8.outcomes.0.sourceVerdict: a pair on an earlier figure has no verdict ("none")',
    ],
    [
      'an inferred verdict that does not say what it rests on (n1)',
      (d) => (at(d.pairs, 0).verdictBasis = null),
      'pairs.0.verdictBasis: a verdict that is not the source’s own says what it rests on',
    ],
    [
      'a missing English text',
      (d) => delete (at(d.caveats, 0).title as Partial<Record<string, string>>).en,
      'caveats.0.title.en: ',
    ],
    [
      'a bidi override in a scope note',
      (d) => (at(d.facts, 1).scope.en = 'x\u202Ey'),
      'facts.1.scope.en: control and bidi-override',
    ],
  ])('%s', (_name, edit, expected) => {
    expect(issuesAfter(edit).join(' | ')).toContain(expected);
  });
});
