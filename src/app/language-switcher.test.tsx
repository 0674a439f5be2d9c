// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { useUrlSync } from '../state/use-url-sync';
import { renderWithProviders } from '../testing/render-with-providers';
import { LanguageSwitcher } from './language-switcher';

const vocab = shippedVocabulary();

/** The switcher with the one URL writer beside it, as the dashboard has them. */
function SwitcherWithUrl() {
  useUrlSync(vocab);
  return <LanguageSwitcher />;
}

describe('LanguageSwitcher and the address bar', () => {
  it('keeps the address free of a language until the reader picks one, then writes it', async () => {
    const { user } = renderWithProviders(<SwitcherWithUrl />, { lang: 'en', url: '/?park=high-tech-zone' });
    // A visit that never changed language: the recipient's browser may choose.
    expect(window.location.search).toBe('?v=2&park=high-tech-zone');
    await user.click(screen.getByRole('button', { name: '繁體中文' }));
    // Copying the address bar now gives the language on screen, as the Share dialog's link does.
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh-Hant');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(window.location.search).toBe('?v=2&lang=en&park=high-tech-zone');
  });

  it('writes the language even when the reader picks the one already on screen', async () => {
    const { user } = renderWithProviders(<SwitcherWithUrl />, { lang: 'zh-Hans', url: '/' });
    await user.click(screen.getByRole('button', { name: '简体中文' }));
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh-Hans');
  });
});
