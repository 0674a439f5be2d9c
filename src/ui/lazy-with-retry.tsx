import { lazy, type ComponentType } from 'react';

export interface RetryableLazy<P extends object> {
  /** Renders the lazily loaded component (suspends while its chunk loads); stable across retries. */
  Component: ComponentType<P>;
  /** Forgets a failed load, so that the next render imports the chunk again. No-op after a success. */
  reset: () => void;
}

/**
 * React.lazy keeps a rejected import for ever: once a chunk has failed to load (a flaky network, or
 * a deployment that replaced it), every later render throws the same error. This wrapper builds a
 * fresh lazy component on reset(), which a ChunkBoundary's Retry calls before rendering again.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  let failed = false;
  const make = () =>
    lazy(() =>
      load()
        .then((component) => {
          // A half-loaded module (seen under test runners) yields no component: a failure too.
          if (!component) throw new Error('The chunk loaded without its component.');
          return { default: component };
        })
        .catch((error: unknown) => {
          failed = true;
          throw error;
        }),
    );
  let current = make();

  function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  }

  return {
    Component: Retryable,
    reset: () => {
      if (!failed) return;
      failed = false;
      current = make();
    },
  };
}
