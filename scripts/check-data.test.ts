import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run check:data`, as a deployment runs it (the script itself, without npm's banner). */
async function checkData(...files: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/check-data.mjs', ...files],
      {
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: process.cwd() },
      },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const SHIPPED = 'public/data/zhaoqing-2024.json';
const PARKS = 'public/data/zhaoqing-parks.json';
const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts node and Vite's module loader (about a second idle, much more on a loaded
// machine): the three runs the tests read are started once, together, before the tests.
let shipped: Run;
let broken: Run;
let unreadable: Run;
beforeAll(async () => {
  const data = JSON.parse(readFileSync(SHIPPED, 'utf8')) as {
    indicators: { value: unknown }[];
    parks: Record<string, unknown>[];
  };
  const indicator = data.indicators[2];
  const park = data.parks[0];
  if (!indicator || !park) throw new Error('the shipped dataset has changed shape');
  indicator.value = 'more than 800';
  delete park.name;
  const brokenFile = join(dir, 'broken.json');
  writeFileSync(brokenFile, JSON.stringify(data));
  const parks = JSON.parse(readFileSync(PARKS, 'utf8')) as { parkFacts: { parks: string[] }[] };
  const fact = parks.parkFacts[1];
  if (!fact) throw new Error('the shipped park-facts file has changed shape');
  fact.parks = ['atlantis'];
  const brokenParks = join(dir, 'broken-parks.json');
  writeFileSync(brokenParks, JSON.stringify(parks));
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '{ "meta": ');
  [shipped, broken, unreadable] = await Promise.all([
    checkData(),
    checkData(brokenFile, brokenParks),
    checkData(notJson, join(dir, 'missing.json'), SHIPPED, PARKS),
  ]);
});

describe('npm run check:data', () => {
  it('passes the shipped dataset (the default file) with one OK line', () => {
    const { status, stdout, stderr } = shipped;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^OK public\/data\/zhaoqing-2024\.json: /),
    ]);
  });

  it('fails a broken copy and names each bad field as the error screen does', () => {
    const { status, stdout, stderr } = broken;
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/broken\.json: 2 problems$/);
    expect(lines).toContain('  indicators[2].value: expected number');
    expect(lines).toContain('  parks[0].name: required field is missing (expected object)');
    // The park-facts file: its own schema, and its park ids against the dataset's.
    expect(lines).toContain('  parkFacts[1].parks[0]: unknown park "atlantis"');
  });

  it('fails a file that is not JSON, or not there, and still checks the other files given', () => {
    const { status, stdout, stderr } = unreadable;
    expect(status).toBe(1);
    expect(stderr).toMatch(/not-json\.json: 1 problem\n {2}not valid JSON: /);
    expect(stderr).toMatch(/missing\.json: 1 problem\n {2}cannot read the file: no such file/);
    expect(stdout).toMatch(/^OK public\/data\/zhaoqing-2024\.json: /);
    expect(stdout).toMatch(/\nOK public\/data\/zhaoqing-parks\.json: 47 park facts, 28 connectivity facts/);
  });
});
