import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset-schema';

const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as {
  entities: { id: string; division: string | null }[];
};

describe('datasetSchema cross-checks', () => {
  it("refuses a firm whose division differs from its location's", () => {
    const copy = structuredClone(shipped);
    const i = copy.entities.findIndex((e) => e.id === 'xpeng');
    const xpeng = copy.entities[i];
    if (!xpeng) throw new Error('fixture: xpeng');
    xpeng.division = '441202';
    const result = datasetSchema.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((x) => x.path.join('.'))).toEqual([`entities.${i}.division`]);
  });
});
