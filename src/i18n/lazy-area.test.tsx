// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { I18nProvider, useT } from './i18n-context';
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from './create-i18n';
import { ALL_MESSAGES } from './all-messages';
import { shareDialogArea } from './lazy/share-dialog';
import { useLazyArea } from './i18n-context';
import { LAZY_AREAS } from './lazy-areas';
import { enMessages } from './locales/en';
import { zhHantMessages } from './locales/zh-Hant';
import { LAZY_NAMESPACES } from './namespaces';
import { zhHansMessages } from './resources';

function Dialog() {
  useLazyArea(shareDialogArea);
  const t = useT();
  return <h2>{t('shareDialog:title')}</h2>;
}

describe('lazy message areas', () => {
  it('are not in the first download: a language bundle lacks them', () => {
    for (const ns of LAZY_NAMESPACES) {
      expect(ns in zhHansMessages, ns).toBe(false);
      expect(ns in enMessages, ns).toBe(false);
    }
    expect(Object.keys(LAZY_AREAS).sort()).toEqual([...LAZY_NAMESPACES].sort());
  });

  it('are each a namespace of their own, added by the part that uses them, and follow a switch', async () => {
    const i18n = createI18n('zh-Hans', { 'zh-Hans': zhHansMessages });
    expect(i18n.hasResourceBundle('zh-Hans', 'shareDialog')).toBe(false);
    render(
      <I18nProvider i18n={i18n}>
        <Dialog />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('分享此视图');
    expect(i18n.hasResourceBundle('zh-Hans', 'shareDialog')).toBe(true);
    // …under its own namespace, not the eager strings'.
    expect(i18n.exists('shareDialog.title')).toBe(false);
    expect(i18n.exists('shareDialog:title')).toBe(true);
    // A language not loaded yet gets nothing, so that switching still fetches its own strings.
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'shareDialog')).toBe(false);
    let fetched = 0;
    await act(() =>
      switchLanguage(i18n, 'zh-Hant', () => {
        fetched++;
        return Promise.resolve(zhHantMessages);
      }),
    );
    expect(fetched).toBe(1);
    expect(screen.getByRole('heading')).toHaveTextContent('分享此檢視');
  });

  it('come as namespaces from ALL_MESSAGES too (the tests and the prerender)', () => {
    const i18n = createI18n('en', ALL_MESSAGES);
    for (const ns of LAZY_NAMESPACES) expect(i18n.hasResourceBundle('en', ns), ns).toBe(true);
    const t = i18n.getFixedT('en');
    expect(t('shareDialog:title')).toBe(ALL_MESSAGES.en.shareDialog.title);
    expect(t('outcomesPanel:verdict.met')).toBe(ALL_MESSAGES.en.outcomesPanel.verdict.met);
    expect(t('app.title')).toBe(ALL_MESSAGES.en.app.title);
  });
});
