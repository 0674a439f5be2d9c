import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from './format-decimal';

const intl = (n: number, digits: number, grouping: boolean) =>
  new Intl.NumberFormat(grouping ? 'en-GB' : 'zh-CN', {
    maximumFractionDigits: digits,
    useGrouping: grouping ? 'always' : false,
  }).format(n);

describe('formatDecimal', () => {
  it('writes what Intl.NumberFormat writes, for the figures the sources give', () => {
    const cases: [number, number, boolean, string][] = [
      [800, 2, true, '800'],
      [1234.5, 2, true, '1,234.5'],
      [1234.5, 2, false, '1234.5'],
      [1000000, 2, true, '1,000,000'],
      [0.125, 2, true, '0.13'],
      [1.005, 2, true, '1.01'],
      [9.995, 2, true, '10'],
      [999.9996, 3, true, '1,000'],
      [2.5, 0, true, '3'],
      [49.99, 3, false, '49.99'],
      [0, 2, true, '0'],
    ];
    for (const [n, digits, grouping, expected] of cases) {
      expect(formatDecimal(n, digits, grouping)).toBe(expected);
      expect(intl(n, digits, grouping)).toBe(expected);
    }
  });

  it('agrees with Intl.NumberFormat on any number, grouped or not, to 0–3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: 0, max: 10 ** 9 }).map((i) => i / 1000),
          fc.integer({ min: 0, max: 10 ** 6 }).map((i) => i / 8),
          // Ties in the shortest form: 1.005, 0.125, 99.9995.
          fc.integer({ min: 0, max: 10 ** 7 }).map((i) => (i * 10 + 5) / 10 ** (1 + (i % 4))),
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (n, digits, grouping) => {
          expect(formatDecimal(n, digits, grouping)).toBe(intl(n, digits, grouping));
        },
      ),
    );
  });
});
