import fc from 'fast-check';
import { afterEach } from 'vitest';
import { ASYNC_TIMEOUT_MS, PROPERTY_RUNS } from './testing/test-budget';

// Every fast-check property: the run count of the budget (100; `npm run test:properties`: 10,000).
fc.configureGlobal({ numRuns: PROPERTY_RUNS });

// Runs in both environments: DOM matchers and Testing Library's clean-up and timeout only where there
// is a DOM (component tests, `// @vitest-environment jsdom`); pure tests in node load neither.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: ASYNC_TIMEOUT_MS });
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });
}
