import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering and naming rules of eslint.config.js, on throw-away sources that never touch the
 * disk: each case names a file where it would sit and what it imports, and expects the rule that
 * must stop it (or none, for the control that shows the probe itself lints clean).
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layers and names ESLint enforces', () => {
  it('lets a primitive import domain/ and i18n/ (the control)', async () => {
    const code = `import { joinNames } from '../domain/text/localize';\nexport const probe = joinNames;\n`;
    expect(await rulesBroken('src/ui/probe-ok.ts', code)).toEqual([]);
  });

  it.each([
    ['src/ui/probe.ts', '../state/view-store-context', 'ui/ → state/'],
    ['src/ui/probe.ts', '../data/queries', 'ui/ → data/'],
    ['src/ui/probe.ts', '../features/map/map-slot', 'ui/ → a feature'],
    ['src/domain/map/probe.ts', '../../state/view-state', 'domain/ → state/'],
    ['src/state/probe.ts', '../app/dashboard', 'state/ → app/'],
    ['src/features/map/probe.ts', '../charts/charts-tab', 'a feature → another'],
    ['src/features/map/probe.ts', '../../testing/shipped-data', 'production → the test kit'],
  ])('rejects %s importing %s (%s)', async (file, from) => {
    const code = `import * as probe from '${from}';\nexport const used = probe;\n`;
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('rejects a PascalCase file name and a PascalCase folder', async () => {
    const code = 'export const probe = 1;\n';
    expect(await rulesBroken('src/domain/map/ZzProbe.ts', code)).toContain(
      'check-file/filename-naming-convention',
    );
    expect(await rulesBroken('src/domain/MapRoom/zz-probe.ts', code)).toContain(
      'check-file/folder-naming-convention',
    );
  });

  it('rejects React in pure code', async () => {
    const code = `import { useState } from 'react';\nexport const probe = useState;\n`;
    expect(await rulesBroken('src/domain/text/probe.ts', code)).toContain('no-restricted-imports');
  });
});
