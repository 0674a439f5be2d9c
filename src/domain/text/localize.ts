import type { Lang, Localized } from '../schema/dataset-schema';

export const pick = (text: Localized, lang: Lang): string => text[lang];

/*
 * The punctuation that joins parts of a phrase, in each language: the one place that knows that
 * Chinese uses full-width marks and the enumeration comma. Components use these, never a literal.
 */

/** Between names in a list: 南方日报、南都 / Nanfang Daily, Nandu. */
export const nameSeparator = (lang: Lang): string => (lang === 'en' ? ', ' : '、');

/** Names joined as a list reads in each language: 南方日报、南都 / Nanfang Daily, Nandu. */
export const joinNames = (names: readonly string[], lang: Lang): string => names.join(nameSeparator(lang));

/** Clauses of one phrase: "Name, not matching" / 「名称，不符合」. */
export const clauseSeparator = (lang: Lang): string => (lang === 'en' ? ', ' : '，');

/** Between items that have clauses of their own (a source and its date): "A, 2024; B" / 「A，2024；B」. */
export const itemSeparator = (lang: Lang): string => (lang === 'en' ? '; ' : '；');

/** Items that have clauses of their own, joined: "Nandu, March 2024; Nanfang Daily, undated". */
export const joinItems = (items: readonly string[], lang: Lang): string => items.join(itemSeparator(lang));

/** After a label, before what it labels: "Target: 100" / 「目标：100」. */
export const labelSeparator = (lang: Lang): string => (lang === 'en' ? ': ' : '：');
