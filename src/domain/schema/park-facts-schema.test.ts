import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY } from '../../../tests/fixtures/simplified-only';
import { shippedDataset } from '../../testing/shipped-data';
import { parkFactsSchema, unknownParkIds, type ParkFacts } from './park-facts-schema';

/**
 * The shipped park-facts file against its facts file (docs/facts/zhaoqing-parks-connectivity.md):
 * every id is there, every quote is the facts file's, and qualifier, period, sources and confidence
 * are its columns, so that nothing is added on the way into the data.
 */
const text = readFileSync('public/data/zhaoqing-parks.json', 'utf8');
const raw = JSON.parse(text) as ParkFacts;
const md = readFileSync('docs/facts/zhaoqing-parks-connectivity.md', 'utf8');

/** The facts file's table rows by id (PS-…, P-…, K-…), cells trimmed. */
const mdRows = new Map(
  md
    .split('\n')
    .filter((l) => /^\| (PS|P|K)-\d\d \|/.test(l))
    .map((l) => {
      const cells = l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      return [cells[0] ?? '', cells] as const;
    }),
);
const col = (id: string, i: number) => {
  const cells = mdRows.get(id);
  if (!cells?.[i]) throw new Error(`no column ${i} for ${id}`);
  return cells[i];
};
const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** Whitespace and the ASCII / full-width forms of punctuation do not count when quotes are compared. */
const norm = (s: string) =>
  s
    .replace(/\*\(en\)\*/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '')
    .replace(/[,，]/g, ',')
    .replace(/[(（]/g, '(')
    .replace(/[)）]/g, ')')
    .replace(/[!！]/g, '!');

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact',
  about: 'about',
  'more than': 'more-than',
  nearly: 'nearly',
  'as stated': 'as-stated',
  qualitative: 'qualitative',
  planned: 'planned',
  target: 'target',
  expected: 'expected',
  range: 'range',
  class: 'class',
  aspiration: 'aspiration',
};
const mdQualifiers = (cell: string) => [
  ...new Set(
    cell
      .split(/[/,()]/)
      .map((w) => w.trim())
      .filter(Boolean)
      .map((w) => QUALIFIER_WORDS[w] ?? `?${w}`),
  ),
];
const MD_CONFIDENCE: Record<string, string> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
  'low–medium': 'medium-low',
  // K-28 points at P-11 (high) and P-12 (medium): the weaker counts.
  'high / medium': 'medium',
};

/** xs[i], which must exist (the shipped file has it). */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

/** The issue paths of a copy of the shipped file edited by `edit`. */
function issuesAfter(edit: (d: ParkFacts) => void): string[] {
  const copy = structuredClone(raw);
  edit(copy);
  const result = parkFactsSchema.safeParse(copy);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const facts = [...raw.parkFacts, ...raw.linkFacts];
const fact = (id: string) => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

describe('the shipped park-facts file', () => {
  it('parses with parkFactsSchema, and names only parks of the dataset', () => {
    expect(issuesAfter(() => undefined)).toEqual([]);
    expect(unknownParkIds(raw, new Set(shippedDataset.parks.map((p) => p.id)))).toEqual([]);
  });

  it('holds every id of the facts file: PS-01–39, P-01–47, K-01–28, KC-01–20', () => {
    const inMd = (re: RegExp) => [...new Set([...md.matchAll(re)].map((m) => m[0]))].sort();
    expect(raw.sources.map((s) => s.id)).toEqual(range('PS-', 39));
    expect(raw.parkFacts.map((f) => f.id)).toEqual(range('P-', 47));
    expect(raw.linkFacts.map((f) => f.id)).toEqual(range('K-', 28));
    expect(raw.caveats.map((c) => c.id)).toEqual(range('KC-', 20));
    expect(inMd(/\bPS-\d\d\b/g)).toEqual(range('PS-', 39));
    expect(inMd(/\bKC-\d\d\b/g)).toEqual(range('KC-', 20));
  });

  it('quotes each fact as the facts file does', () => {
    for (const f of facts) {
      if (f.quote === null) continue;
      expect(norm(col(f.id, 5)), f.id).toContain(norm(f.quote));
    }
    // Only K-28 is a pointer ("see P-11, P-12") with no words of its own.
    expect(facts.filter((f) => f.quote === null).map((f) => f.id)).toEqual(['K-28']);
  });

  it('keeps the facts file’s qualifier, period, sources and confidence, and its English fact', () => {
    for (const f of facts) {
      expect(f.qualifiers, f.id).toEqual(mdQualifiers(col(f.id, 3)));
      expect(f.period.en, f.id).toBe(col(f.id, 4));
      expect(f.sources, f.id).toEqual(col(f.id, 6).match(/PS-\d\d/g));
      expect(f.confidence, f.id).toBe(MD_CONFIDENCE[col(f.id, 7)]);
      expect(norm(col(f.id, 2)), f.id).toContain(norm(f.text.en.replace(/\*/g, '')));
    }
  });

  it('keeps each source’s date as stated and its address as read', () => {
    for (const s of raw.sources) {
      expect(s.dateStated, s.id).toBe(col(s.id, 2));
      for (const url of s.urls) expect(col(s.id, 4), s.id).toContain(url);
      // A title of the page's own only where the facts file gives one ([…] is a description).
      expect(s.title.kind === 'description', s.id).toBe(col(s.id, 3).startsWith('['));
    }
  });

  it('marks every low-confidence fact, and every "planned" qualifier as planned', () => {
    const low = facts.filter((f) => col(f.id, 7) === 'low').map((f) => f.id);
    expect(low.length).toBeGreaterThan(15);
    for (const id of low) expect(fact(id).confidence).toBe('low');
    for (const f of facts) if (f.qualifiers.includes('planned')) expect(f.planned, f.id).toBe(true);
    // The hub airport is not built: every fact about it reads as planned (KC-06).
    for (const id of ['P-04', 'P-12', 'P-31', 'K-15', 'K-16', 'K-17', 'K-18', 'K-19'])
      expect(fact(id).planned, id).toBe(true);
  });

  it('attaches P-37, P-40, P-46 and P-47 to no park of the app', () => {
    const loose = raw.parkFacts.filter((f) => f.parks.length === 0).map((f) => [f.id, f.scope]);
    expect(loose).toEqual([
      ['P-37', 'context'],
      ['P-40', 'context'],
      ['P-46', 'city'],
      ['P-47', 'city'],
    ]);
    expect(raw.parkFacts.flatMap((f) => f.parks)).not.toContain('deqing-wind');
  });

  it('ties connectivity to a park only where the facts file does', () => {
    const tied = raw.linkFacts.filter((f) => f.parks.length > 0).map((f) => [f.id, f.parks]);
    expect(tied).toEqual([
      ['K-01', ['high-tech-zone', 'new-area']],
      ['K-17', ['high-tech-zone', 'new-area']],
      ['K-26', ['fengkai-changgang-building-materials']],
      ['K-27', ['high-tech-zone']],
      ['K-28', ['high-tech-zone']],
    ]);
  });

  it('holds the caveats the comparison must show, each on its facts', () => {
    const caveat = (id: string) => raw.caveats.find((c) => c.id === id);
    expect(caveat('KC-03')?.facts).toContain('P-23');
    expect(caveat('KC-03')?.text.en).toMatch(/industry-city planning area \(2022\)", not as the park's area/);
    expect(caveat('KC-04')?.facts).toEqual(['P-29', 'P-30', 'P-32']);
    for (const id of ['P-29', 'P-30'])
      expect(fact(id)).toMatchObject({ inferred: { en: /inference \(KC-04\)/ } });
    expect(caveat('KC-18')?.facts).toEqual(['P-40']);
    expect(caveat('KC-19')?.facts).toEqual(['P-38', 'P-39']);
    for (const id of ['P-38', 'P-39'])
      expect(fact(id)).toMatchObject({ inferred: { en: /inference \(KC-19\)/ } });
    // Every KC a fact's note names lists that fact.
    for (const f of facts)
      for (const kc of f.note?.en.match(/KC-\d\d/g) ?? [])
        expect(caveat(kc)?.facts, `${kc} of ${f.id}`).toContain(f.id);
  });

  it('lists what was looked for and not found, per park and field', () => {
    const nf = (park: string, field: string) =>
      raw.notFound.some((n) => n.parks.includes(park) && n.fields.includes(field as never));
    expect(nf('new-area', 'area')).toBe(true);
    expect(nf('deqing-wind', 'area')).toBe(true);
    expect(nf('high-tech-zone', 'area')).toBe(true);
    expect(nf('sihui-fine-chemicals', 'industries')).toBe(true);
    expect(nf('agglomeration-zone', 'area')).toBe(false);
  });

  it('writes no Simplified-only character in any zh-Hant text', () => {
    const hant = [...text.matchAll(/"zh-Hant": "([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hant.length).toBeGreaterThan(400);
    const bad = hant.filter((s) => SIMPLIFIED_ONLY.some((c) => s.includes(c)));
    expect(bad).toEqual([]);
  });
});

describe('parkFactsSchema names the bad field', () => {
  it.each<[string, (d: ParkFacts) => void, string]>([
    [
      'an unknown source',
      (d) => (at(d.parkFacts, 1).sources = ['PS-99']),
      'parkFacts.1.sources.0: unknown source "PS-99"',
    ],
    [
      'a caveat on a missing fact',
      (d) => (at(d.caveats, 0).facts = ['P-99']),
      'caveats.0.facts.0: unknown fact "P-99"',
    ],
    [
      'a city fact attached to a park',
      (d) => (at(d.parkFacts, 45).parks = ['new-area']),
      'parkFacts.45.parks: a city fact names no park',
    ],
    [
      'a confidence the file does not know',
      (d) => ((d.linkFacts[0] as { confidence: string }).confidence = 'sure'),
      'linkFacts.0.confidence',
    ],
    [
      'a javascript: address',
      (d) => (at(d.sources, 2).urls = ['javascript:alert(1)']),
      'sources.2.urls.0: expected an http(s) URL',
    ],
    [
      'a title stored in 《》',
      (d) => (at(d.sources, 3).title = { kind: 'original', text: '《标题》', lang: 'zh-Hans' }),
      'sources.3.title.text',
    ],
    [
      'a missing English text',
      (d) => delete (at(d.parkFacts, 0).text as Partial<Record<string, string>>).en,
      'parkFacts.0.text.en',
    ],
  ])('%s', (_name, edit, expected) => {
    expect(issuesAfter(edit).join(' | ')).toContain(expected);
  });

  it('names a park the dataset does not have', () => {
    const copy = structuredClone(raw);
    at(copy.parkFacts, 0).parks = ['atlantis'];
    expect(unknownParkIds(copy, new Set(shippedDataset.parks.map((p) => p.id)))).toEqual([
      { path: ['parkFacts', 0, 'parks', 0], message: 'unknown park "atlantis"' },
    ]);
  });
});
