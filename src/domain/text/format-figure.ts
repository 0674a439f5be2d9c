import type { Indicator, Lang, Qualifier, Unit } from '../schema/dataset-schema';
import { formatDecimal } from './format-decimal';

/**
 * Turns a figure into words without ever dropping its qualifier: "超800亿元", "more than CNY 80 bn".
 * Pure and table-driven so every language is checked by the compiler and unit tests.
 */

type PerLang<T> = Record<Lang, T>;

const QUALIFIER_WORDS: PerLang<Record<Qualifier, string>> = {
  'zh-Hans': {
    exact: '',
    'more-than': '超',
    about: '约',
    nearly: '近',
    approaching: '接近',
    share: '',
    average: '平均',
    level: '',
    none: '',
  },
  'zh-Hant': {
    exact: '',
    'more-than': '超',
    about: '約',
    nearly: '近',
    approaching: '接近',
    share: '',
    average: '平均',
    level: '',
    none: '',
  },
  en: {
    exact: '',
    'more-than': 'more than ',
    about: 'about ',
    nearly: 'nearly ',
    approaching: 'nearly ',
    share: '',
    average: 'on average ',
    level: '',
    none: '',
  },
};

/**
 * Compact marks for chart labels, where words do not fit. 近 and 接近 ("just under") keep their
 * words: a symbol such as ≈ would read as "about" and let a figure above the mark fit. A class
 * (`level`) has no mark of its own: it is printed as its class word (levelText).
 */
export const QUALIFIER_SYMBOLS: PerLang<Record<Qualifier, string>> = {
  'zh-Hans': { ...symbols(), nearly: '近', approaching: '接近' },
  'zh-Hant': { ...symbols(), nearly: '近', approaching: '接近' },
  en: { ...symbols(), nearly: 'nearly ', approaching: 'nearly ' },
};
function symbols(): Record<Qualifier, string> {
  return {
    exact: '',
    'more-than': '> ',
    about: '≈ ',
    nearly: '',
    approaching: '',
    share: '',
    average: '⌀ ',
    level: '',
    none: '',
  };
}

/** "千亿级" reads as a class, not a sum: suffix rather than prefix. */
const LEVEL_SUFFIX: PerLang<string> = { 'zh-Hans': '级', 'zh-Hant': '級', en: ' class' };

/** The class words of 亿元 tiers as the sources write them (百亿元级、千亿元级). */
const TIER_WORDS: Record<number, PerLang<string>> = {
  100: { 'zh-Hans': '百亿', 'zh-Hant': '百億', en: '' },
  500: { 'zh-Hans': '五百亿', 'zh-Hant': '五百億', en: '' },
  1000: { 'zh-Hans': '千亿', 'zh-Hant': '千億', en: '' },
  10000: { 'zh-Hans': '万亿', 'zh-Hant': '萬億', en: '' },
};

/**
 * A class of size, never an amount: "千亿级" / "CNY 100 bn class" (a threshold: ≥ 1000亿元, open
 * above). Used by the text, the chart labels, the table and the exports alike.
 */
export function levelText(value: number, unit: Unit, lang: Lang): string {
  const tier = unit === 'cny-100m' && lang !== 'en' ? TIER_WORDS[value]?.[lang] : undefined;
  if (tier) return `${tier}${LEVEL_SUFFIX[lang]}`;
  return `${withUnit(value, unit, lang)}${LEVEL_SUFFIX[lang]}`;
}

const TARGET_WORD: PerLang<string> = { 'zh-Hans': '目标', 'zh-Hant': '目標', en: 'target' };

function formatNumber(n: number, lang: Lang): string {
  if (lang !== 'en' && n >= 10000 && n % 10000 === 0)
    return `${n / 10000}${lang === 'zh-Hans' ? '万' : '萬'}`;
  return formatDecimal(n, 2, lang === 'en');
}

/** en: "CNY 80 bn" (1 亿 = 0.1 bn); zh: "800亿元". */
function withUnit(n: number, unit: Unit, lang: Lang, ratio?: readonly [number, number]): string {
  const num = formatNumber(n, lang);
  const hant = lang === 'zh-Hant';
  if (lang === 'en') {
    switch (unit) {
      case 'cny-100m':
        return `CNY ${formatNumber(n / 10, lang)} bn`;
      case 'percent':
        return `${num}%`;
      case 'times':
        return `${num} times`;
      case 'mu':
        return `${num} mu`;
      case 'days':
        return `${num} days`;
      case 'enterprises':
        return `${num} enterprises`;
      case 'projects':
        return `${num} projects`;
      case 'events':
        return `${num} events`;
      case 'parks':
        return `${num} parks`;
      case 'fraction':
        return ratio ? `${ratio[0]}/${ratio[1]}` : num;
      case 'none':
        return num;
    }
  }
  switch (unit) {
    case 'cny-100m':
      return `${num}${hant ? '億元' : '亿元'}`;
    case 'percent':
      return `${num}%`;
    case 'times':
      return `${num}倍`;
    case 'mu':
      return `${num}${hant ? '畝' : '亩'}`;
    case 'days':
      return `${num}天`;
    case 'enterprises':
      return `${num}家`;
    case 'projects':
    case 'parks':
      return `${num}${hant ? '個' : '个'}`;
    case 'events':
      return `${num}${hant ? '場' : '场'}`;
    case 'fraction':
      // As the source writes it (储能锂电池产量占全国1/6).
      return ratio ? `${ratio[0]}/${ratio[1]}` : num;
    case 'none':
      return num;
  }
}

export interface FormattedFigure {
  /** The value with its qualifier and unit: "超800亿元". */
  text: string;
  /** "目标" / "target" when the figure is a target, else null. */
  target: string | null;
}

export function formatFigure(
  figure: Pick<Indicator, 'value' | 'unit' | 'qualifier' | 'kind' | 'ratio'>,
  lang: Lang,
  notPublished: string,
): FormattedFigure {
  const target = figure.kind === 'target' ? TARGET_WORD[lang] : null;
  if (figure.value === null) return { text: notPublished, target };
  const text =
    figure.qualifier === 'level'
      ? levelText(figure.value, figure.unit, lang)
      : `${QUALIFIER_WORDS[lang][figure.qualifier]}${withUnit(figure.value, figure.unit, lang, figure.ratio)}`;
  return { text, target };
}

/** One line: "目标：超1000亿元" / "target: more than CNY 100 bn". */
export function formatFigureLine(
  figure: Pick<Indicator, 'value' | 'unit' | 'qualifier' | 'kind' | 'ratio'>,
  lang: Lang,
  notPublished: string,
): string {
  const { text, target } = formatFigure(figure, lang, notPublished);
  if (!target) return text;
  return lang === 'en' ? `${target}: ${text}` : `${target}：${text}`;
}

/** A short mark for charts: "> 800", "≈ 500", "接近5000", with the unit left to the axis. */
export function figureMark(figure: Pick<Indicator, 'value' | 'qualifier'>, lang: Lang): string {
  if (figure.value === null) return '';
  return `${QUALIFIER_SYMBOLS[lang][figure.qualifier]}${formatNumber(figure.value, lang)}`;
}

/**
 * en-GB's short month names, as Intl.DateTimeFormat gives them ("Sept" included; a test compares
 * the two). Not Intl itself: its first date format loads ICU's calendar and time-zone data, which
 * cost 0.45 s of the English first render at 4× CPU.
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2024-03-09" → "2024年3月9日" / "9 Mar 2024"; partial dates keep their precision. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (lang === 'en') {
    const month = m ? (EN_MONTHS[m - 1] ?? '') : '';
    return [d, month, y].filter(Boolean).join(' ');
  }
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}
