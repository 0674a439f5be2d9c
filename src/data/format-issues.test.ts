import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, toFieldIssues } from './format-issues';

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['parks', 3, 'location', 'lat'])).toBe('parks[3].location.lat');
    expect(formatPath([])).toBe('(root)');
  });

  it('tells a missing field from a wrong type', () => {
    const schema = z.object({ meta: z.object({ asOf: z.string() }) });
    const result = schema.safeParse({ meta: {} }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(toFieldIssues(result.error)[0]).toMatchObject({ path: 'meta.asOf', kind: 'missing' });
  });

  it('names the bad field of a real schema error', () => {
    const schema = z.object({ parks: z.array(z.object({ lat: z.number() })) });
    const result = schema.safeParse({ parks: [{ lat: 1 }, { lat: 'x' }] }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) {
      const [issue] = toFieldIssues(result.error);
      expect(issue?.path).toBe('parks[1].lat');
      expect(issue?.message).toMatch(/expected number/);
      expect(issue?.kind).toBe('wrong-type');
      expect(issue?.expected).toBe('number');
    }
  });
});
