// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareButton } from './share-button';
import { renderWithProviders } from '../../testing/render-with-providers';

// The dialog's chunk, as a network that fails until `chunk.reachable` is set.
const chunk = vi.hoisted(() => ({ reachable: false, loads: 0 }));
vi.mock('./share-dialog', () => {
  chunk.loads++;
  if (!chunk.reachable) throw new TypeError('Failed to fetch dynamically imported module: share-dialog.js');
  return { ShareDialog: () => <div role="dialog" aria-label="the dialog" /> };
});

describe('ShareButton when the dialog chunk cannot be loaded', () => {
  it('says so beside the button, with Retry, and opens the dialog on Retry once the chunk is reachable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const user = userEvent.setup();
    renderWithProviders(<ShareButton />);
    // Clicks without hover and focus: the preload they start would import the same mocked module
    // concurrently, which Vitest's module runner (unlike a browser) does not retry cleanly.
    fireEvent.click(screen.getByRole('button', { name: '分享' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法加载分享功能。');
    expect(chunk.loads).toBe(1);

    // Pressing Share again is another attempt; it still fails while the chunk is unreachable.
    fireEvent.click(screen.getByRole('button', { name: '分享' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法加载分享功能。');
    expect(chunk.loads).toBe(2);

    chunk.reachable = true;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('dialog', { name: 'the dialog' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(chunk.loads).toBe(3);
  });
});
