import type { Lang } from '../domain/schema/dataset-schema';

/**
 * The browser's preferred languages → one of ours. zh-CN/zh-SG/zh-Hans → Simplified;
 * zh-TW/zh-HK/zh-MO/zh-Hant → Traditional; the first language we can serve wins; else English.
 */
export function langFromBrowser(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const t = tag.toLowerCase();
    if (!t.startsWith('zh')) {
      if (t.startsWith('en')) return 'en';
      continue;
    }
    if (/hant|-(tw|hk|mo)\b/.test(t)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return 'en';
}

/**
 * BCP 47 value for <html lang>: the language codes are BCP 47 tags already, so the app uses them
 * as they are. Kept only for first-screen.ts (the boot pipeline's), until it does the same.
 */
export const HTML_LANG: Record<Lang, string> = { 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };
