import { afterEach } from 'vitest';

// Runs in both environments: DOM matchers and Testing Library's clean-up only where there is a DOM
// (component tests, `// @vitest-environment jsdom`); pure tests in node load neither.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });
}
