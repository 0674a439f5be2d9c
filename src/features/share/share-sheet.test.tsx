// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shimModalDialog } from '../../testing/modal-dialog';
import { ShareDialog } from './share-dialog';

shimModalDialog();

const LINK = 'http://localhost:3000/?v=2&lang=en&park=high-tech-zone';

/** Gives navigator a share sheet (and canShare, unless null), or takes them away (undefined). */
function stubSheet(
  share: ((data: ShareData) => Promise<void>) | undefined,
  canShare?: (() => boolean) | null,
) {
  const fn = share ? vi.fn(share) : undefined;
  Object.defineProperty(navigator, 'share', { value: fn, configurable: true });
  Object.defineProperty(navigator, 'canShare', {
    value: canShare === null || !share ? undefined : vi.fn(canShare ?? (() => true)),
    configurable: true,
  });
  return fn;
}

afterEach(() => stubSheet(undefined));

const open = () =>
  renderWithProviders(<ShareDialog onClose={() => undefined} />, {
    lang: 'en',
    view: { park: 'high-tech-zone' },
  }).user;

describe('ShareDialog and the system share sheet', () => {
  it('offers no Share button where the browser has no share sheet; copy and QR code stay', () => {
    stubSheet(undefined);
    open();
    expect(screen.queryByRole('button', { name: 'Share via…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(screen.getByRole('img', { name: 'QR code of the link to this view' })).toBeInTheDocument();
  });

  it('offers no Share button where canShare refuses the link', () => {
    stubSheet(
      () => Promise.resolve(),
      () => false,
    );
    open();
    expect(screen.queryByRole('button', { name: 'Share via…' })).toBeNull();
  });

  it('hands the sheet the title, a line and the link, beside Copy and the QR code', async () => {
    const share = stubSheet(() => Promise.resolve(), null);
    const user = open();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(screen.getByRole('img', { name: 'QR code of the link to this view' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Share via…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Zhaoqing “344” Investment Map',
      text: 'Open the link to see this same view.',
      url: LINK,
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says nothing when the reader closes the sheet (AbortError)', async () => {
    const share = stubSheet(() => Promise.reject(new DOMException('closed', 'AbortError')));
    const user = open();
    await user.click(screen.getByRole('button', { name: 'Share via…' }));
    await vi.waitFor(() => expect(share).toHaveBeenCalled());
    // Let the rejection reach the dialog's handler, then see that it left the status empty.
    await act(() => (share?.mock.results[0]?.value as Promise<void>).catch(() => undefined));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says so, pointing at copy and the QR code, when the sheet fails otherwise', async () => {
    stubSheet(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const user = open();
    await user.click(screen.getByRole('button', { name: 'Share via…' }));
    expect(
      await screen.findByText('Could not open the share sheet: copy the link or scan the QR code instead.'),
    ).toHaveAttribute('role', 'status');
  });

  it('words the Share button in each language', () => {
    stubSheet(() => Promise.resolve());
    for (const [lang, name] of [
      ['zh-Hans', '用其他应用分享…'],
      ['zh-Hant', '用其他應用程式分享…'],
    ] as const) {
      const { unmount } = renderWithProviders(<ShareDialog onClose={() => undefined} />, { lang });
      expect(screen.getByRole('button', { name })).toBeVisible();
      unmount();
    }
  });
});
