// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkBoundary } from './chunk-boundary';
import { lazyWithRetry } from './lazy-with-retry';

/** What a dynamic import rejects with when the chunk cannot be fetched (Chromium's wording). */
const chunkError = () => new TypeError('Failed to fetch dynamically imported module: /assets/part-1a2b3c.js');

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A loader that fails while `reachable` is false, as a chunk behind a broken network would. */
function flakyChunk() {
  const state = { reachable: false };
  const load = vi.fn(() =>
    state.reachable ? Promise.resolve<ComponentType<{ label: string }>>(Part) : Promise.reject(chunkError()),
  );
  return { state, load };
}

function renderPage(Lazy: ComponentType<{ label: string }>, onRetry: () => void) {
  // React reports errors an error boundary catches; keep the run's output clean, and check it.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <>
      <p>the map</p>
      <button type="button">a park</button>
      <ChunkBoundary message="The part could not be loaded." retryLabel="Retry" onRetry={onRetry}>
        <Suspense fallback={<p role="status">loading…</p>}>
          <Lazy label="the part" />
        </Suspense>
      </ChunkBoundary>
    </>,
  );
  return { user: userEvent.setup(), consoleError };
}

describe('ChunkBoundary with lazyWithRetry', () => {
  it('keeps a failed chunk local: the message and Retry in its place, the rest of the page untouched', async () => {
    const { state, load } = flakyChunk();
    const lazy = lazyWithRetry(load);
    const { user } = renderPage(lazy.Component, lazy.reset);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The part could not be loaded.');
    expect(screen.getByText('the map')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'a park' })).toBeEnabled();
    expect(screen.queryByText('the part')).toBeNull();

    // The chunk is reachable again: Retry imports it anew and the part appears.
    state.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the message again when Retry fails too, and recovers on a later Retry', async () => {
    const { state, load } = flakyChunk();
    const lazy = lazyWithRetry(load);
    const { user } = renderPage(lazy.Component, lazy.reset);
    await screen.findByRole('alert');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The part could not be loaded.');
    expect(load).toHaveBeenCalledTimes(2);

    state.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('needs the reset: a bare React.lazy keeps its rejected import, so Retry alone cannot recover', async () => {
    const { state, load } = flakyChunk();
    const lazy = lazyWithRetry(load);
    const { user } = renderPage(lazy.Component, () => undefined);
    await screen.findByRole('alert');

    state.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('the part')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads a chunk that is reachable once, and a reset after success changes nothing', async () => {
    const { state, load } = flakyChunk();
    state.reachable = true;
    const lazy = lazyWithRetry(load);
    const { consoleError } = renderPage(lazy.Component, lazy.reset);
    expect(await screen.findByText('the part')).toBeInTheDocument();
    lazy.reset();
    render(<lazy.Component label="again" />);
    expect(screen.getByText('again')).toBeInTheDocument(); // no suspense: the loaded component is kept
    expect(load).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
