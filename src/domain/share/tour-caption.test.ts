import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_MAX, cleanCaption, readCaption, writeCaption } from './tour-caption';

describe('cleanCaption', () => {
  it('keeps a caption as typed: its case, its punctuation, Chinese and emoji', () => {
    for (const text of ['Our flagship', '我们的旗舰园区：新能源汽车', '5% more, 2025 🚗', 'a~b · c_d'])
      expect(cleanCaption(text)).toBe(text);
  });

  it('makes one line of single spaces: control characters and runs of white space read as one space', () => {
    expect(cleanCaption('  Our\tflagship\n\npark \u0000 now\r\n')).toBe('Our flagship park now');
    expect(cleanCaption('a\u0085b\u2028c\u00a0\u00a0d')).toBe('a b c d');
    expect(cleanCaption(' \n\t ')).toBe('');
  });

  it('drops bidi overrides and isolates (they would reorder the text) and lone surrogates', () => {
    expect(cleanCaption('\u202Eenoz-hcet-hgih\u202C')).toBe('enoz-hcet-hgih');
    expect(cleanCaption('a\u2066b\u2069c')).toBe('abc');
    expect(cleanCaption('a\uD800b\uDC00')).toBe('ab');
    // A whole emoji (a surrogate pair) stays.
    expect(cleanCaption('🚗')).toBe('🚗');
  });

  it(`cuts at ${CAPTION_MAX} characters, counting an emoji as one, and never ends on a space`, () => {
    expect(cleanCaption('x'.repeat(200))).toBe('x'.repeat(CAPTION_MAX));
    expect(Array.from(cleanCaption('🚗'.repeat(100)))).toHaveLength(CAPTION_MAX);
    expect(cleanCaption(`${'x'.repeat(CAPTION_MAX - 1)} y`)).toBe('x'.repeat(CAPTION_MAX - 1));
  });
});

describe('a caption in a token', () => {
  it('escapes its commas and percent signs, and nothing else', () => {
    expect(writeCaption('Our flagship')).toBe('Our flagship');
    expect(writeCaption('NEV, storage: 5%')).toBe('NEV%2C storage: 5%25');
    expect(writeCaption('a_b ~c')).toBe('a_b ~c');
    expect(writeCaption('新能源汽车，储能')).toBe('新能源汽车，储能');
  });

  it('reads back what it wrote, and a hand-typed caption as it is', () => {
    expect(readCaption('NEV%2C storage: 5%25')).toBe('NEV, storage: 5%');
    expect(readCaption('%252C')).toBe('%2C');
    expect(readCaption('50% off')).toBe('50% off');
    expect(readCaption('%2c')).toBe(',');
    expect(readCaption('')).toBe('');
  });

  it('reads back any text as the screen would show it, and never writes a comma', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          const written = writeCaption(text);
          expect(written).not.toContain(',');
          expect(readCaption(written)).toBe(cleanCaption(text));
          expect(cleanCaption(cleanCaption(text))).toBe(cleanCaption(text));
          expect(Array.from(cleanCaption(text)).length).toBeLessThanOrEqual(CAPTION_MAX);
        },
      ),
    );
  });
});
