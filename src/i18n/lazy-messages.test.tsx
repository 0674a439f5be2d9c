// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { I18nProvider, useT } from './i18n-context';
import { describe, expect, it } from 'vitest';
import { switchLanguage } from './create-i18n';
import { createI18n } from './create-i18n';
import { outcomesPanelBundle } from './lazy/outcomes-panel';
import { shareDialogBundle } from './lazy/share-dialog';
import { useLazyMessages } from './lazy-messages';
import { enMessages } from './locales/en';
import { zhHantMessages } from './locales/zh-Hant';
import { zhHansMessages } from './resources';

function Dialog() {
  useLazyMessages(shareDialogBundle, 'shareDialog.title');
  const t = useT();
  return <h2>{t('shareDialog.title')}</h2>;
}

describe('lazy message areas', () => {
  it('are not in the first download: a language bundle lacks them', () => {
    expect('shareDialog' in zhHansMessages).toBe(false);
    expect('outcomesPanel' in zhHansMessages).toBe(false);
    expect('outcomesPanel' in enMessages).toBe(false);
    expect(Object.keys(outcomesPanelBundle)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
  });

  it('are added by the chunk that uses them, for the loaded language, and follow a switch', async () => {
    const i18n = createI18n('zh-Hans', { 'zh-Hans': zhHansMessages });
    render(
      <I18nProvider i18n={i18n}>
        <Dialog />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('分享此视图');
    // A language not loaded yet gets nothing, so that switching still fetches its own strings.
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
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
});
