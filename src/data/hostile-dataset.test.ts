import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONG_NAME, PAYLOADS, REJECTED_CASES, hostileDataset } from '../../tests/fixtures/hostile-dataset';
import { datasetSchema } from '../domain/schema/dataset-schema';
import { safeParseWithMessages } from './fetch-json';
import { toFieldIssues } from './format-issues';
import { timingBudget } from '../testing/test-budget';

/**
 * The data boundary under hostile input, exactly as the app reads a file (JSON.parse, then the
 * schema with the app's options and English messages, then the error screen's field names): each
 * hostile file is either refused with the field named, or accepted with its text kept as text.
 */

const shippedText = readFileSync('public/data/zhaoqing-2024.json', 'utf8');
const shipped = JSON.parse(shippedText) as Record<string, unknown>;

async function readAsTheAppDoes(text: string) {
  const parsed = await safeParseWithMessages(datasetSchema, JSON.parse(text));
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, issues: toFieldIssues(parsed.error) };
}

describe('a hostile dataset the schema refuses, naming the field', () => {
  it.each(REJECTED_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await readAsTheAppDoes(c.text(shipped));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = result.issues.filter((i) => i.path.includes(c.path));
    expect(named, JSON.stringify(result.issues)).not.toEqual([]);
    expect(named.map((i) => i.message).join(' | ')).toMatch(c.message);
  });

  it('sees 1e400 as Infinity, which JSON cannot otherwise carry, and refuses it as a number', async () => {
    expect(JSON.parse('1e400')).toBe(Infinity);
    expect(JSON.parse('-1e400')).toBe(-Infinity);
    // NaN and Infinity are not JSON at all: the file fails as JSON, before the schema.
    expect(() => JSON.parse('{"value": NaN}')).toThrow(SyntaxError);
    expect(() => JSON.parse('{"value": Infinity}')).toThrow(SyntaxError);
    const c = REJECTED_CASES.find((x) => x.name.includes('1e400'));
    const result = await readAsTheAppDoes(c?.text(shipped) ?? '');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'indicators[0].value', kind: 'wrong-type', expected: 'number' }],
    });
  });

  it('leaves Object.prototype alone when the file carries __proto__ and constructor keys', async () => {
    const text = shippedText.replace(
      '"meta": {',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "meta": {"__proto__": {"polluted": true},',
    );
    const result = await readAsTheAppDoes(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.data)).not.toContain('__proto__');
  });
});

describe('a hostile dataset the schema accepts, as text', () => {
  it('keeps every payload, the 10,000-character names and 10,000 more places verbatim, and parses in seconds', async () => {
    const text = JSON.stringify(hostileDataset(shipped));
    const started = performance.now();
    const result = await readAsTheAppDoes(text);
    const took = performance.now() - started;
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).toBe(true);
    if (!result.ok) return;
    const d = result.data;
    expect(d.entities.length).toBe(10_000 + (shipped.entities as unknown[]).length);
    expect(d.parks[1]?.name.en).toBe(LONG_NAME);
    expect(d.parks[1]?.name.en).toHaveLength(10_000);
    // Payloads are data: kept exactly, not stripped, escaped or decoded.
    const all = JSON.stringify(d);
    for (const p of PAYLOADS) expect(all).toContain(JSON.stringify(p).slice(1, -1));
    expect(d.sources[0]?.url).toMatch(/^https:\/\/example\.org\//);
    // Generous: a shared machine; the shipped file takes milliseconds.
    expect(took).toBeLessThan(timingBudget(10_000));
  });
});
