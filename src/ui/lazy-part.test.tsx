// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyPartBoundary, lazyPart } from './lazy-part';

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A chunk's import that fails while `reachable` is false, as behind a broken network. */
function flakyImport(reachable: boolean) {
  const state = { reachable };
  const importer = vi.fn(() =>
    state.reachable ? Promise.resolve({ Part }) : Promise.reject(new TypeError('Failed to fetch a module')),
  );
  return { state, importer };
}

function renderPart(part: ReturnType<typeof lazyPart<{ Part: typeof Part }, { label: string }>>) {
  // React reports errors an error boundary catches; keep the run's output clean.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <>
      <p>the map</p>
      <LazyPartBoundary
        part={part}
        message="The part could not be loaded."
        retryLabel="Retry"
        fallback={<p role="status">loading…</p>}
      >
        <part.Component label="the part" />
      </LazyPartBoundary>
    </>,
  );
  return userEvent.setup();
}

describe('lazyPart', () => {
  it('imports nothing until asked; a preload and the render share one import', async () => {
    const { importer } = flakyImport(true);
    const part = lazyPart(importer, (m) => m.Part);
    expect(importer).not.toHaveBeenCalled();
    part.preload();
    part.preload();
    renderPart(part);
    expect(await screen.findByText('the part')).toBeInTheDocument();
    part.preload();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('shows the message and Retry in the part’s place when the import fails; Retry imports again', async () => {
    const { state, importer } = flakyImport(false);
    const part = lazyPart(importer, (m) => m.Part);
    const user = renderPart(part);

    expect(await screen.findByRole('alert')).toHaveTextContent('The part could not be loaded.');
    expect(screen.getByText('the map')).toBeInTheDocument();
    // Pointing at the part again does not repeat a failed request: only Retry does.
    part.preload();
    expect(importer).toHaveBeenCalledTimes(1);

    state.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('keeps a loaded part: retry after a success imports nothing more', async () => {
    const { importer } = flakyImport(true);
    const part = lazyPart(importer, (m) => m.Part);
    renderPart(part);
    await screen.findByText('the part');
    part.retry();
    part.preload();
    render(<part.Component label="again" />);
    expect(screen.getByText('again')).toBeInTheDocument(); // no suspense: the loaded component is kept
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
