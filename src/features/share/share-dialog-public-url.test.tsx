// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ShareDialog } from './share-dialog';
import { renderWithProviders } from '../../testing/render-with-providers';

// A deployment that set VITE_PUBLIC_URL at build time.
vi.mock('../../data/public-url', () => ({ PUBLIC_URL: 'https://dashboard.example.org/zhaoqing/' }));

HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

describe('ShareDialog with a public address configured', () => {
  it('builds the link and QR code on it, and gives no warning, though the page is on localhost', () => {
    renderWithProviders(<ShareDialog onClose={() => undefined} />, { lang: 'en', view: { tab: 'charts' } });
    expect(window.location.hostname).toBe('localhost');
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(
      'https://dashboard.example.org/zhaoqing/?v=2&lang=en&tab=charts',
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
