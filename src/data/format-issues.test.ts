import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, toFieldIssues } from './format-issues';

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['parks', 3, 'location', 'lat'])).toBe('parks[3].location.lat');
    expect(formatPath([])).toBe('(root)');
  });

  it('names the bad field of a real schema error', () => {
    const schema = z.object({ parks: z.array(z.object({ lat: z.number() })) });
    const result = schema.safeParse({ parks: [{ lat: 1 }, { lat: 'x' }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      const [issue] = toFieldIssues(result.error);
      expect(issue?.path).toBe('parks[1].lat');
      expect(issue?.message).toMatch(/expected number/);
    }
  });
});
