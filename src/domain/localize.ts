import type { Lang, Localized } from './dataset-schema';

export const pick = (text: Localized, lang: Lang): string => text[lang];
