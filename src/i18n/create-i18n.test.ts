import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from './all-messages';
import { createI18n, switchLanguage } from './create-i18n';
import type { Translation } from './resources';

describe('switchLanguage', () => {
  it('fetches a language’s strings on first use, then switches', async () => {
    const i18n = createI18n('zh-Hans', { 'zh-Hans': ALL_MESSAGES['zh-Hans'] });
    const asked: string[] = [];
    await switchLanguage(i18n, 'en', async (lang) => {
      asked.push(lang);
      return ALL_MESSAGES[lang];
    });
    expect(asked).toEqual(['en']);
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.title')).toBe(ALL_MESSAGES.en.app.title);
  });

  it('never lets a late download switch a reader who has meanwhile chosen another language', async () => {
    const i18n = createI18n('zh-Hans', { 'zh-Hans': ALL_MESSAGES['zh-Hans'] });
    let arrive: (t: Translation) => void = () => undefined;
    let wanted = 'zh-Hant';
    const slow = switchLanguage(
      i18n,
      'zh-Hant',
      () => new Promise<Translation>((r) => (arrive = r)),
      () => wanted === 'zh-Hant',
    );
    // The reader goes back to Simplified Chinese before Traditional has arrived.
    wanted = 'zh-Hans';
    await switchLanguage(
      i18n,
      'zh-Hans',
      async () => ALL_MESSAGES['zh-Hans'],
      () => wanted === 'zh-Hans',
    );
    arrive(ALL_MESSAGES['zh-Hant']);
    await expect(slow).resolves.toBe(false);
    expect(i18n.language).toBe('zh-Hans');
  });
});
