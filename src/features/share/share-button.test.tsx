// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { create } from 'qrcode';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import type userEvent from '@testing-library/user-event';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { enMessages } from '../../i18n/locales/en';
import { zhHansMessages, type Translation } from '../../i18n/resources';
import { DEFAULT_VIEW } from '../../state/view-state';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ShareButton } from './share-button';
import { shimModalDialog } from '../../testing/modal-dialog';

// The dialog is a lazy part (with qrcode): loaded before the tests, as a cold load can take seconds.
beforeAll(() => preloadLazyParts('shareDialog'));

shimModalDialog();

/** The QR specification's quiet zone, in modules: scanners need it. */
const QUIET_ZONE = 4;

const VIEW = { ...DEFAULT_VIEW, sectors: ['nev', 'storage'], park: 'high-tech-zone', tab: 'charts' as const };
const LINK = 'http://localhost:3000/?v=2&lang=zh-Hans&sectors=nev,storage&park=high-tech-zone&tab=charts';

function renderShare(lang: Lang = 'zh-Hans', messages: Partial<Record<Lang, Translation>> = ALL_MESSAGES) {
  return renderWithProviders(<ShareButton />, { lang, messages, view: VIEW }).user;
}

/** After userEvent.setup(), which installs its own clipboard stub. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText: vi.fn(writeText) } : undefined,
    configurable: true,
  });
}

function stubExecCommand(result: boolean) {
  const exec = vi.fn((command: string) => command === 'copy' && result);
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return exec;
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '分享' }));
  return screen.findByRole('dialog', { name: '分享此视图' });
}

describe('ShareButton', () => {
  it.each([
    ['zh-Hans', '分享'],
    ['zh-Hant', '分享'],
    ['en', 'Share'],
  ] as const)('is a button named %s → %s, announcing a dialog', (lang, name) => {
    renderShare(lang);
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('opens a modal dialog with the link to the current view', async () => {
    const user = renderShare();
    const dialog = await openDialog(user);
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('textbox', { name: '链接' })).toHaveValue(LINK);
    expect(screen.getByRole('textbox', { name: '链接' })).toHaveAttribute('readonly');
  });

  it('draws the QR code of exactly that link, with a 4-module quiet zone', async () => {
    const user = renderShare();
    await openDialog(user);
    const svg = screen.getByRole('img', { name: '此视图链接的二维码' });
    // Blank and busy until its symbol is encoded (off the main thread in a browser).
    await waitFor(() => expect(svg).not.toHaveAttribute('aria-busy'));
    const { size, data } = create(LINK, { errorCorrectionLevel: 'M' }).modules;
    const extent = size + 2 * QUIET_ZONE;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${extent} ${extent}`);
    const drawn = new Uint8Array(size * size);
    for (const rect of svg.querySelectorAll('rect.qr-dark')) {
      const [x, y, w] = ['x', 'y', 'width'].map((a) => Number(rect.getAttribute(a)));
      for (let col = (x ?? 0) - QUIET_ZONE; col < (x ?? 0) - QUIET_ZONE + (w ?? 0); col++)
        drawn[((y ?? 0) - QUIET_ZONE) * size + col] = 1;
    }
    expect([...drawn]).toEqual([...data]);
  });

  it('copies with the Clipboard API and says so', async () => {
    const user = renderShare();
    await openDialog(user);
    stubClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(LINK);
    expect(await screen.findByText('已复制链接。')).toHaveAttribute('role', 'status');
  });

  it('falls back to selecting the link and execCommand when the Clipboard API refuses', async () => {
    const user = renderShare();
    await openDialog(user);
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const exec = stubExecCommand(true);
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('已复制链接。')).toBeInTheDocument();
  });

  it('asks for Ctrl+C, with the link selected, when no way of copying works', async () => {
    const user = renderShare();
    await openDialog(user);
    stubClipboard(undefined); // plain http: no Clipboard API at all
    stubExecCommand(false);
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(await screen.findByText(/请按 Ctrl\+C/)).toHaveAttribute('role', 'status');
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: '链接' });
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, LINK.length]);
  });

  it('closes with its Close button and gives the focus back to Share', async () => {
    const user = renderShare();
    await openDialog(user);
    await user.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '分享' }));
  });

  it.each([
    ['zh-Hant', '分享', '分享此檢視', '連結'],
    ['en', 'Share', 'Share this view', 'Link'],
  ] as const)(
    'names the language on screen (%s) in the link, though no language was chosen',
    async (lang, button, title, field) => {
      const user = renderShare(lang);
      await user.click(screen.getByRole('button', { name: button }));
      await screen.findByRole('dialog', { name: title });
      const link = new URL((screen.getByRole('textbox', { name: field }) as HTMLInputElement).value);
      expect(link.searchParams.get('lang')).toBe(lang);
    },
  );

  it.each([
    [
      'zh-Hans',
      { 'zh-Hans': zhHansMessages },
      '分享',
      '分享此视图',
      /指向这台设备本身（localhost:3000）.*打不开/,
    ],
    [
      'en',
      { en: enMessages },
      'Share',
      'Share this view',
      /points to this device itself \(localhost:3000\).*cannot open it/,
    ],
  ] as const)(
    'served from localhost, says in %s that other devices cannot open the link (strings from its own chunk)',
    async (lang, messages, button, title, warning) => {
      // As in the app: only the first download's strings; the dialog brings its own.
      const user = renderShare(lang, messages);
      await user.click(screen.getByRole('button', { name: button }));
      const dialog = await screen.findByRole('dialog', { name: title });
      const note = screen.getByRole('note');
      expect(note).toHaveTextContent(warning);
      expect(note).toHaveTextContent('VITE_PUBLIC_URL');
      expect(dialog).toHaveAccessibleDescription(warning);
    },
  );

  it('speaks English in English', async () => {
    const user = renderShare('en');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('dialog', { name: 'Share this view' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR code of the link to this view' })).toBeInTheDocument();
  });
});
