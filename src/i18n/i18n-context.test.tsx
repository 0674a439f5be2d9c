// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from './all-messages';
import { createI18n } from './create-i18n';
import { I18nProvider, useLang, useT } from './i18n-context';

function Heading() {
  const t = useT();
  const lang = useLang();
  return <h1 lang={lang}>{t('filters.heading')}</h1>;
}

describe('I18nProvider', () => {
  it('renders in the instance’s language and again in the new one when it changes', async () => {
    const i18n = createI18n('zh-Hans', ALL_MESSAGES);
    render(
      <I18nProvider i18n={i18n}>
        <Heading />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('按行业筛选');
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'zh-Hans');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading')).not.toHaveTextContent('按行业筛选');
  });

  it('is required: a hook outside it says so', () => {
    expect(() => render(<Heading />)).toThrow(/inside <I18nProvider>/);
  });
});
