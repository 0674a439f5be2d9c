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
