import { describe, expect, it } from 'vitest';
import { Translator } from './translator';

const make = () => {
  const t = new Translator('en');
  t.addResourceBundle('en', 'translation', {
    app: { title: 'Zhaoqing', count: '{{count}} parks in {{county}}' },
  });
  t.addResourceBundle('en', 'share', { title: 'Share {{what}}' });
  t.addResourceBundle('zh-Hans', 'translation', { app: { title: '肇庆' } });
  return t;
};

describe('Translator', () => {
  it('reads nested keys, and a named namespace’s keys as ns:key', () => {
    const i18n = make();
    expect(i18n.t('app.title')).toBe('Zhaoqing');
    expect(i18n.t('share:title', { what: 'this view' })).toBe('Share this view');
    expect(i18n.getFixedT('zh-Hans')('app.title')).toBe('肇庆');
  });

  it('puts in every placeholder, a number as written and an absent value as nothing', () => {
    const i18n = make();
    expect(i18n.t('app.count', { count: 16, county: 'Sihui' })).toBe('16 parks in Sihui');
    expect(i18n.t('app.count', { count: 3 })).toBe('3 parks in ');
  });

  it('never reads a value for placeholders of its own (data with braces stays as it is)', () => {
    expect(make().t('share:title', { what: '{{what}} {{count}}' })).toBe('Share {{what}} {{count}}');
  });

  it('reads a missing key, a branch or a key of an unloaded language as the key itself', () => {
    const i18n = make();
    expect(i18n.t('app.nothing')).toBe('app.nothing');
    expect(i18n.t('app')).toBe('app');
    expect(i18n.t('share:gone')).toBe('gone');
    expect(i18n.getFixedT('zh-Hant')('app.title')).toBe('app.title');
    expect(i18n.exists('app.title')).toBe(true);
    expect(i18n.exists('app.title', 'zh-Hant')).toBe(false);
    expect(i18n.exists('app.toString')).toBe(false);
  });

  it('sees strings added after a translate function was made', () => {
    const i18n = make();
    const t = i18n.getFixedT('en');
    expect(t('later:title')).toBe('title');
    i18n.addResourceBundle('en', 'later', { title: 'Later' });
    expect(t('later:title')).toBe('Later');
    expect(i18n.hasResourceBundle('en', 'later')).toBe(true);
    expect(i18n.hasResourceBundle('zh-Hans', 'later')).toBe(false);
  });

  it('tells its listeners of a change of language, once, until they leave', async () => {
    const i18n = make();
    const heard: string[] = [];
    const leave = i18n.onLanguageChanged((lang) => heard.push(lang));
    await i18n.changeLanguage('zh-Hans');
    await i18n.changeLanguage('zh-Hans');
    expect(i18n.language).toBe('zh-Hans');
    expect(i18n.t('app.title')).toBe('肇庆');
    leave();
    await i18n.changeLanguage('en');
    expect(heard).toEqual(['zh-Hans']);
  });
});
