import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run check:data`, as a deployment runs it (the script itself, without npm's banner). */
function checkData(...files: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check-data.mjs', ...files], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd() },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SHIPPED = 'public/data/zhaoqing-2024.json';
const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check:data', () => {
  it('passes the shipped dataset (the default file) with one OK line', () => {
    const { status, stdout, stderr } = checkData();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^OK public\/data\/zhaoqing-2024\.json: /),
    ]);
  }, 30_000);

  it('fails a broken copy and names each bad field as the error screen does', () => {
    const data = JSON.parse(readFileSync(SHIPPED, 'utf8')) as {
      indicators: { value: unknown }[];
      parks: Record<string, unknown>[];
    };
    const indicator = data.indicators[2];
    const park = data.parks[0];
    if (!indicator || !park) throw new Error('the shipped dataset has changed shape');
    indicator.value = 'more than 800';
    delete park.name;
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(data));

    const { status, stdout, stderr } = checkData(broken);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/broken\.json: 2 problems$/);
    expect(lines).toContain('  indicators[2].value: expected number');
    expect(lines).toContain('  parks[0].name: required field is missing (expected object)');
  }, 30_000);

  it('fails a file that is not JSON, or not there, and still checks the other files given', () => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "meta": ');
    const { status, stdout, stderr } = checkData(notJson, join(dir, 'missing.json'), SHIPPED);
    expect(status).toBe(1);
    expect(stderr).toMatch(/not-json\.json: 1 problem\n {2}not valid JSON: /);
    expect(stderr).toMatch(/missing\.json: 1 problem\n {2}cannot read the file: no such file/);
    expect(stdout).toMatch(/^OK public\/data\/zhaoqing-2024\.json: /);
  }, 30_000);
});
