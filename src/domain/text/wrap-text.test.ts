import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textUnits, wrapBalanced, wrapText } from './wrap-text';

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(wrapText('New-type energy storage', 12)).toEqual(['New-type', 'energy', 'storage']);
    expect(wrapText('New energy vehicles', 20)).toEqual(['New energy vehicles']);
  });

  it('breaks Chinese between any two characters, counting each as two units', () => {
    expect(textUnits('新型储能')).toBe(8);
    expect(wrapText('三大新兴产业合计', 8)).toEqual(['三大新兴', '产业合计']);
  });

  it('cuts a word longer than a line instead of overflowing', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never loses a visible character and never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (text, max) => {
        const lines = wrapText(text, max);
        for (const l of lines) expect(textUnits(l)).toBeLessThanOrEqual(max);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('wrapBalanced', () => {
  it('evens out the lines instead of leaving one character alone', () => {
    expect(wrapText('三大新兴产业合计', 14)).toEqual(['三大新兴产业合', '计']);
    expect(wrapBalanced('三大新兴产业合计', 14)).toEqual(['三大新兴', '产业合计']);
    expect(wrapBalanced('Three emerging industries, total', 20)).toEqual([
      'Three emerging',
      'industries, total',
    ]);
  });

  it('does not cut a word that the greedy wrap keeps whole', () => {
    expect(wrapText('New-type energy storage', 15)).toEqual(['New-type energy', 'storage']);
    expect(wrapBalanced('New-type energy storage', 15)).toEqual(['New-type', 'energy storage']);
    expect(wrapBalanced('Three emerging industries, total', 12)).toEqual([
      'Three',
      'emerging',
      'industries,',
      'total',
    ]);
  });

  it('takes real font metrics when given them', () => {
    const wide = (s: string) => s.length * 10;
    for (const line of wrapBalanced('Three emerging industries, total', 100, wide))
      expect(wide(line)).toBeLessThanOrEqual(100);
  });

  it('never uses more lines than the greedy wrap, nor exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 2, max: 30 }), (text, max) => {
        const balanced = wrapBalanced(text, max);
        expect(balanced.length).toBeLessThanOrEqual(wrapText(text, max).length);
        for (const l of balanced) expect(textUnits(l)).toBeLessThanOrEqual(max);
        expect(balanced.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
