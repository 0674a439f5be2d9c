// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../domain/schema/dataset-schema';
import { decodeView } from '../state/url-codec';
import { createViewStore } from '../state/view-store';
import { LinkNotice } from './link-notice';
import { renderWithProviders } from '../testing/render-with-providers';

function renderNotice(search: string, lang: Lang = 'zh-Hans') {
  const { view, ignored } = decodeView(search, {
    sectors: new Set(['nev', 'storage']),
    parks: new Set(['high-tech-zone']),
    counties: new Set(['441226']),
    entities: new Set(['xpeng']),
  });
  const store = createViewStore(view);
  store.getState().actions.setIgnored(ignored);
  renderWithProviders(<LinkNotice />, { lang, store });
  return { store, user: userEvent.setup() };
}

describe('LinkNotice', () => {
  it('says nothing for a good link', () => {
    renderNotice('?sectors=nev');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names what was ignored, as text, while the valid part of the link applies', () => {
    const { store } = renderNotice('?park=<script>alert(1)</script>&sectors=nev&map=NaN,1,2');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('链接中有以下部分无法使用，已按默认显示：');
    expect(notice).toHaveTextContent('园区 park=<script>alert(1)</script>');
    expect(notice).toHaveTextContent('地图位置 map=NaN,1,2');
    expect(notice.querySelector('script')).toBeNull();
    expect(store.getState().view.sectors).toEqual(['nev']);
  });

  it('names params in the reader’s language', () => {
    renderNotice('?sectors=quantum&lang=xx', 'zh-Hant');
    expect(screen.getByRole('status')).toHaveTextContent('產業 sectors=quantum');
    expect(screen.getByRole('status')).toHaveTextContent('語言 lang=xx');
  });

  it('names every param the codec owns, the presentation’s and the firm’s too', () => {
    renderNotice('?entity=nope&order=best&links=some&tour=nowhere&every=1&scene=x&qr=2', 'en');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('firm or project entity=nope');
    expect(notice).toHaveTextContent('park list order order=best');
    expect(notice).toHaveTextContent('sector links links=some');
    expect(notice).toHaveTextContent('seconds per scene every=1');
    expect(notice).toHaveTextContent('QR code qr=2');
    // No param is shown bare: each item starts with its name in words.
    for (const item of within(notice).getAllByRole('listitem'))
      expect(item.textContent).toMatch(/^[a-zA-Z ]+ \w+=/);
  });

  it('names a presentation param in Traditional Chinese', () => {
    renderNotice('?scene=x', 'zh-Hant');
    expect(screen.getByRole('status')).toHaveTextContent('演示頁 scene=x');
  });

  it('goes away when dismissed, and the view stays', async () => {
    const { store, user } = renderNotice('?park=nope&sectors=storage', 'en');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(store.getState().view.sectors).toEqual(['storage']);
  });
});
