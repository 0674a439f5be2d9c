import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/schema/dataset-schema';
import { ALL_MESSAGES } from './all-messages';
import { LAZY_AREAS } from './lazy-areas';
import { messageAreas } from './resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const source = leaves(ALL_MESSAGES['zh-Hans'] as Tree);

describe('UI strings', () => {
  it.each(LANGS)('%s has every key of the source locale and no other, none empty', (lang) => {
    const strings = leaves(ALL_MESSAGES[lang] as Tree);
    expect([...strings.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, value] of strings) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same {{placeholders}} in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGS) {
      const strings = leaves(ALL_MESSAGES[lang] as Tree);
      for (const [key, value] of source)
        expect(placeholders(strings.get(key) ?? ''), `${lang} ${key}`).toEqual(placeholders(value));
    }
  });

  it('never lets two areas claim the same top-level key (a lazy area’s is its namespace’s name)', () => {
    const seen = new Map<string, string>();
    const lazy = Object.values(LAZY_AREAS).map(
      (area) => [area.ns, { [area.ns]: area.messages['zh-Hans'] }] as const,
    );
    for (const [area, messages] of [...Object.entries(messageAreas), ...lazy]) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${area}.${key}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('has no English left in the Chinese UI strings (beyond names and codes)', () => {
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      for (const [key, value] of leaves(ALL_MESSAGES[lang] as Tree)) {
        if (key.startsWith('lang.')) continue; // language names are in their own language
        const words = value.replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z]{4,}/g) ?? [];
        expect(
          words.filter((w) => !['JSON', 'CSV', 'PNG', 'SVG', 'Leaflet', 'OpenStreetMap'].includes(w)),
          `${lang} ${key}`,
        ).toEqual([]);
      }
    }
  });
});

describe('zh-Hant wording is one wording (data-audit-2026-12 m21)', () => {
  const data = [
    'public/data/zhaoqing-2024.json',
    'public/data/zhaoqing-followup.json',
    'public/data/zhaoqing-parks.json',
  ].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/"zh-Hant": "([^"]*)"/g)].map((m) => m[1] ?? ''),
  );
  const ui = [...leaves(ALL_MESSAGES['zh-Hant'] as Tree).values()];

  it.each<[string, RegExp]>([
    ['公布, never 公佈 (the main dataset and most messages write 公布)', /公佈/],
    ['裡 for "inside", never 里', /總數里/],
    ['“344”, never 「344」', /「344」/],
  ])('%s', (_name, bad) => {
    expect([...data, ...ui].filter((s) => bad.test(s))).toEqual([]);
  });
});
