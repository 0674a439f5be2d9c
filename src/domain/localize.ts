import type { Lang, Localized } from './dataset-schema';

export const pick = (text: Localized, lang: Lang): string => text[lang];

/** Names joined as a list reads in each language: 南方日报、南都 / Nanfang Daily, Nandu. */
export const joinNames = (names: readonly string[], lang: Lang): string =>
  names.join(lang === 'en' ? ', ' : '、');

/** Clauses of one phrase: "Name, not matching" / 「名称，不符合」. */
export const clauseSeparator = (lang: Lang): string => (lang === 'en' ? ', ' : '，');
