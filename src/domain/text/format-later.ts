import type { Lang } from '../schema/dataset-schema';
import { formatDecimal } from './format-decimal';
import type { ClusterTier, FollowupFigure, FollowupQualifier, FollowupUnit } from '../schema/followup-schema';

/**
 * A follow-up figure in words, qualifier kept: "迈向1000亿元", "more than 500,000 vehicles",
 * "千亿级". A tier is written as its class, never as a number (C4); a statement without a number and
 * a figure not found return null, for the page to say so in its own words.
 */

type PerLang<T> = Record<Lang, T>;

function formatNumber(n: number, lang: Lang): string {
  const grouping = lang === 'en';
  // 50万辆, as the sources write round ten-thousands.
  if (lang !== 'en' && n >= 10000 && n % 10000 === 0)
    return `${formatDecimal(n / 10000, 3, grouping)}${lang === 'zh-Hans' ? '万' : '萬'}`;
  return formatDecimal(n, 3, grouping);
}

function withUnit(n: number, unit: FollowupUnit, lang: Lang): string {
  if (lang === 'en') {
    switch (unit) {
      case 'cny-100m':
        return `CNY ${formatNumber(n / 10, lang)} bn`;
      case 'yuan':
        return `CNY ${formatNumber(n, lang)}`;
      case 'percent':
        return `${formatNumber(n, lang)}%`;
      case 'persons-10k':
        return `${formatNumber(Math.round(n * 10000), lang)} people`;
      case 'vehicles':
        return `${formatNumber(n, lang)} vehicles`;
      case 'gwh':
        return `${formatNumber(n, lang)} GWh`;
      case 'projects':
        return `${formatNumber(n, lang)} ${n === 1 ? 'project' : 'projects'}`;
      case 'none':
        return formatNumber(n, lang);
    }
  }
  const hant = lang === 'zh-Hant';
  const num = formatNumber(n, lang);
  switch (unit) {
    case 'cny-100m':
      return `${num}${hant ? '億元' : '亿元'}`;
    case 'yuan':
      return `${num}元`;
    case 'percent':
      return `${num}%`;
    case 'persons-10k':
      return `${num}${hant ? '萬人' : '万人'}`;
    case 'vehicles':
      return `${num}${hant ? '輛' : '辆'}`;
    case 'gwh':
      return `${num}GWh`;
    case 'projects':
      return `${num}${hant ? '個' : '个'}`;
    case 'none':
      return num;
  }
}

type Wording = { before: string; after: string };
const w = (before: string, after = ''): Wording => ({ before, after });

const QUALIFIER_WORDS: PerLang<
  Record<Exclude<FollowupQualifier, 'tier' | 'qualitative' | 'not-found'>, Wording>
> = {
  'zh-Hans': {
    exact: w(''),
    'more-than': w('超'),
    'at-least': w('', '以上'),
    nearly: w('近'),
    about: w('约'),
    reached: w('已达'),
    approaching: w('迈向'),
  },
  'zh-Hant': {
    exact: w(''),
    'more-than': w('超'),
    'at-least': w('', '以上'),
    nearly: w('近'),
    about: w('約'),
    reached: w('已達'),
    approaching: w('邁向'),
  },
  en: {
    exact: w(''),
    'more-than': w('more than '),
    'at-least': w('at least '),
    nearly: w('nearly '),
    about: w('about '),
    reached: w('has reached '),
    approaching: w('heading towards '),
  },
};

export const TIER_WORDS: PerLang<Record<ClusterTier, string>> = {
  'zh-Hans': { '100bn': '千亿级', '50bn': '五百亿级' },
  'zh-Hant': { '100bn': '千億級', '50bn': '五百億級' },
  en: { '100bn': '100-bn-yuan class (千亿级)', '50bn': '50-bn-yuan class (五百亿级)' },
};

/** The figure with its qualifier and unit, or null where it has no number (qualitative, not found). */
export function formatLaterFigure(
  figure: Pick<FollowupFigure, 'value' | 'unit' | 'qualifier' | 'tier'>,
  lang: Lang,
): string | null {
  if (figure.qualifier === 'tier') return figure.tier ? TIER_WORDS[lang][figure.tier] : null;
  if (figure.qualifier === 'qualitative' || figure.qualifier === 'not-found' || figure.value === null)
    return null;
  const { before, after } = QUALIFIER_WORDS[lang][figure.qualifier];
  return `${before}${withUnit(figure.value, figure.unit, lang)}${after}`;
}
