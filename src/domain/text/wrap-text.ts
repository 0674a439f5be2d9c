/**
 * Greedy line breaking for SVG text, which cannot wrap by itself (axis labels, exported images).
 * Widths come from a `measure` function: in the browser, the font's real metrics; by default an
 * estimate in "units" (a CJK or full-width character counts 2, anything else 1).
 */

export type Measure = (text: string) => number;

const WIDE_CLASS =
  '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_CLASS}]`);
/** A wide character alone (a line may end after any), a word with its trailing spaces, or spaces. */
const TOKEN = new RegExp(`[${WIDE_CLASS}]|[^\\s${WIDE_CLASS}]+\\s*|\\s+`, 'g');

export const textUnits = (text: string): number => [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

export function wrapText(text: string, maxWidth: number, measure: Measure = textUnits): string[] {
  const limit = Math.max(measure('MM'), Math.floor(maxWidth));
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (measure((line + token).trimEnd()) <= limit) {
      line += token;
      continue;
    }
    push();
    // A single word longer than a line is cut, rather than overflowing its box.
    let rest = token.trimStart();
    while (measure(rest.trimEnd()) > limit) {
      let cut = '';
      for (const c of rest) {
        if (cut !== '' && measure(cut + c) > limit) break;
        cut += c;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines;
}

/**
 * Like wrapText, but with lines of even length: the same number of lines, at the narrowest width
 * that still gives that many, so a name never ends on a lone character ("三大新兴 / 产业合计").
 */
export function wrapBalanced(text: string, maxWidth: number, measure: Measure = textUnits): string[] {
  const greedy = wrapText(text, maxWidth, measure);
  if (greedy.length < 2) return greedy;
  // Never narrower than the longest word: balancing must not cut a word the greedy wrap kept whole.
  const longestWord = Math.max(...(text.match(TOKEN) ?? []).map((t) => measure(t.trim())));
  let lo = Math.max(1, Math.min(Math.floor(maxWidth), Math.ceil(longestWord)));
  let hi = Math.max(1, Math.floor(maxWidth));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapText(text, mid, measure).length <= greedy.length) hi = mid;
    else lo = mid + 1;
  }
  return wrapText(text, lo, measure);
}
