// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n-context';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createViewStore } from '../../state/view-store';
import { ViewStoreProvider } from '../../state/view-store-context';
import { DEFAULT_VIEW } from '../../state/view-state';
import { ShareDialog } from './share-dialog';

// A deployment that set VITE_PUBLIC_URL at build time.
vi.mock('../../data/public-url', () => ({ PUBLIC_URL: 'https://dashboard.example.org/zhaoqing/' }));

HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

describe('ShareDialog with a public address configured', () => {
  it('builds the link and QR code on it, and gives no warning, though the page is on localhost', () => {
    render(
      <I18nProvider i18n={createI18n('en', ALL_MESSAGES)}>
        <ViewStoreProvider store={createViewStore({ ...DEFAULT_VIEW, tab: 'charts' })}>
          <ShareDialog onClose={() => undefined} />
        </ViewStoreProvider>
      </I18nProvider>,
    );
    expect(window.location.hostname).toBe('localhost');
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(
      'https://dashboard.example.org/zhaoqing/?v=2&lang=en&tab=charts',
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
