/**
 * The unit suite's time budget, in one place: `vitest.config.ts` (testTimeout, hookTimeout) and
 * `src/test-setup.ts` (Testing Library's asyncUtilTimeout, fast-check's run count) read it.
 *
 * The numbers are a safety net for a slow, loaded machine (two cores shared by several builds), not
 * what keeps the tests green: a test waits for the condition itself (findBy…, waitFor), and the lazy
 * parts it renders are imported before it starts (`preloadLazyParts`, src/testing/lazy-parts.ts), so
 * on an idle machine nothing comes near these limits.
 */

/** findBy… and waitFor give up after this long (Testing Library's default is 1 s). */
export const ASYNC_TIMEOUT_MS = 15_000;

/** One test, or one beforeAll/afterAll hook. */
export const TEST_TIMEOUT_MS = 60_000;

/**
 * Cases per fast-check property. 100 in `npm test`; `npm run test:properties` sets
 * PROPERTY_RUNS=10000 for the long run of the same properties.
 */
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? '') || 100;

/**
 * A wall-clock budget for code whose speed is part of its contract (a few tests time an algorithm on
 * a large input). The stated budget is for an idle machine; the suite allows ten times that, so that
 * a loaded machine never fails it while a change of complexity (quadratic where it was linear) still
 * does. `STRICT_TIMING=1 npx vitest run <file>` checks the stated budget itself.
 */
export const timingBudget = (ms: number): number => (process.env.STRICT_TIMING ? ms : ms * 10);
