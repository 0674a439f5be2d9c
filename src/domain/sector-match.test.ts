import { describe, expect, it } from 'vitest';
import { matchesSectors } from './sector-match';

describe('matchesSectors', () => {
  it('matches everything when nothing is selected', () => {
    expect(matchesSectors([], [])).toBe(true);
    expect(matchesSectors(['nev'], [])).toBe(true);
  });
  it('matches on any shared sector', () => {
    expect(matchesSectors(['nev', 'auto-parts'], ['auto-parts'])).toBe(true);
    expect(matchesSectors(['nev'], ['storage', 'nev'])).toBe(true);
  });
  it('does not match without overlap, nor items without sectors once something is selected', () => {
    expect(matchesSectors(['nev'], ['storage'])).toBe(false);
    expect(matchesSectors([], ['storage'])).toBe(false);
  });
});
