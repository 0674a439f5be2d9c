import { Suspense, type ComponentType, type ReactNode } from 'react';
import { ChunkBoundary } from './chunk-boundary';
import { lazyWithRetry } from './lazy-with-retry';
import { retryableImport } from './retryable-import';

/** A part of the page whose code is a chunk of its own (lazyPart). */
export interface LazyPart<P extends object> {
  /** Renders the part (suspends while its chunk loads); stable across retries. */
  Component: ComponentType<P>;
  /**
   * Fetches the chunk ahead of need (pointing at a tab, say). One request at a time: the preload
   * and the part share it, and after a failure only `retry` asks again, so pointing never repeats
   * a failed request. A failure is the part's boundary's to show, not the caller's. Settles (never
   * rejects) when the chunk is in or has failed, for a caller that wants it before it renders.
   */
  preload: () => Promise<void>;
  /** Forgets a failed load, so that the next render (or preload) fetches the chunk anew. */
  retry: () => void;
}

/**
 * A lazily loaded part: `lazyPart(() => import('./charts-panel'), (m) => m.ChartsPanel)`. Its
 * import is retryable (ui/retryable-import.ts: after a failure the file is fetched under a fresh
 * address, which Chromium needs), its component can be rebuilt after a failure
 * (ui/lazy-with-retry.tsx), and a stale page's failure still reaches app/reload-on-stale-chunk.ts
 * through Vite's loader. Render it inside <LazyPartBoundary part={…}>.
 */
export function lazyPart<M, P extends object>(
  importer: () => Promise<M>,
  component: (module: M) => ComponentType<P>,
): LazyPart<P> {
  const importChunk = retryableImport(importer);
  let chunk: Promise<ComponentType<P>> | null = null;
  let failed = false;
  const load = () =>
    (chunk ??= importChunk()
      .then((module) => {
        // A half-loaded module (seen under test runners) yields no component: a failure too.
        const loaded = component(module) as ComponentType<P> | undefined;
        if (!loaded) throw new Error('The chunk loaded without its component.');
        return loaded;
      })
      .catch((error: unknown) => {
        failed = true;
        throw error;
      }));
  const { Component, reset } = lazyWithRetry(load);
  return {
    Component,
    preload: () =>
      load().then(
        () => undefined,
        () => undefined,
      ),
    retry: () => {
      if (failed) {
        failed = false;
        chunk = null;
      }
      reset();
    },
  };
}

interface BoundaryProps {
  /** The part rendered inside: its Retry calls the part's `retry`. */
  part: Pick<LazyPart<object>, 'retry'>;
  /** What could not be shown, in the reader's language ("The charts could not be loaded."). */
  message: string;
  /** The Retry button's label, in the reader's language. */
  retryLabel: string;
  className?: string;
  /** Shown while the chunk loads; nothing by default. */
  fallback?: ReactNode;
  /** The part itself: `<part.Component … />`. */
  children: ReactNode;
}

/**
 * Keeps a lazy part's failure local: while its chunk loads, `fallback`; if it cannot be loaded (or
 * the part throws), `message` and a Retry button in its place, the rest of the page untouched.
 */
export function LazyPartBoundary({
  part,
  message,
  retryLabel,
  className,
  fallback = null,
  children,
}: BoundaryProps) {
  return (
    <ChunkBoundary message={message} retryLabel={retryLabel} onRetry={part.retry} className={className}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkBoundary>
  );
}
