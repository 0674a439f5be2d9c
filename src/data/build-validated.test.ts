import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseValidatedData, validatedDataMeta } from '../../scripts/first-screen-contract.mjs';
import { validatedByBuild } from './build-validated';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const FILE = 'data/zhaoqing-2024.json';
const TEXT = '{"parks":[{"id":"high-tech-zone"}]}';

describe('validatedByBuild', () => {
  it('knows the bytes the build checked', async () => {
    expect(await validatedByBuild(FILE, bytes(TEXT), { [FILE]: sha256(TEXT) })).toBe(true);
  });

  it('does not know a file edited since, by one character', async () => {
    const edited = TEXT.replace('high', 'hig');
    expect(await validatedByBuild(FILE, bytes(edited), { [FILE]: sha256(TEXT) })).toBe(false);
  });

  it('does not know a file the build did not check, nor any file outside a built page', async () => {
    expect(await validatedByBuild('geo/zhaoqing.json', bytes(TEXT), { [FILE]: sha256(TEXT) })).toBe(false);
    // Vitest's node environment has no document: no digests.
    expect(await validatedByBuild(FILE, bytes(TEXT))).toBe(false);
  });

  it('reads the digests back as the build writes them (base64 ends in "=")', () => {
    const digests = { [FILE]: sha256(TEXT), 'geo/zhaoqing.json': sha256('{}') };
    const content = /content="([^"]*)"/.exec(validatedDataMeta(digests))?.[1] ?? '';
    expect(parseValidatedData(content)).toEqual(digests);
  });
});
