import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './browser';

// Every browser test fails on a Content-Security-Policy violation, whether or not it checks the
// page's errors itself: openPage reports each one here.
afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
