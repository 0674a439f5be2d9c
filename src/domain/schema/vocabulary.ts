/**
 * The dataset's closed lists that the app uses as values, apart from the schemas (dataset-schema.ts
 * builds its enums from them): importing a list must not bring zod and the schemas into the first
 * screen's JavaScript, which parses no schema for a file the build has checked.
 */
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const SECTOR_GROUPS = ['leading', 'characteristic', 'future'] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];
