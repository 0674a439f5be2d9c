/**
 * A number as Intl.NumberFormat writes it with `maximumFractionDigits` and, for English, grouping
 * ("1,234.5"; zh-CN without grouping: "1234.5"), without building an Intl.NumberFormat: the first
 * one a page builds loads ICU's locale data, 120 ms of the first screen at 4× CPU (issue 26).
 *
 * ICU rounds the Number's shortest decimal form (String(1.005) is "1.005", so 2 digits give "1.01",
 * where toFixed gives "1.00"), half away from zero: so does this, digit by digit. Where the two
 * could differ (a sign, -0, exponent forms, NaN, ±∞) the platform formats.
 */
export function formatDecimal(n: number, maxFractionDigits: number, grouping: boolean): string {
  const shortest = String(n);
  if (!Number.isFinite(n) || n < 0 || Object.is(n, -0) || shortest.includes('e'))
    return platformFormat(n, maxFractionDigits, grouping);
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, maxFractionDigits).padEnd(maxFractionDigits, '0');
  if ((fraction[maxFractionDigits] ?? '0') >= '5') digits = increment(digits);
  const wholeDigits = digits.slice(0, digits.length - maxFractionDigits) || '0';
  const kept = digits.slice(digits.length - maxFractionDigits).replace(/0+$/, '');
  const grouped = grouping ? wholeDigits.replace(/\B(?=(\d{3})+$)/g, ',') : wholeDigits;
  return kept ? `${grouped}.${kept}` : grouped;
}

/** A string of decimal digits plus one in its last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

function platformFormat(n: number, maxFractionDigits: number, grouping: boolean): string {
  return new Intl.NumberFormat(grouping ? 'en-GB' : 'zh-CN', {
    maximumFractionDigits: maxFractionDigits,
    useGrouping: grouping ? 'always' : false,
  }).format(n);
}
