import { createContext, useContext } from 'react';

/**
 * The prefix of this screen's named ids: '' in the live app, `zh-Hans-`, `zh-Hant-` or `en-` in
 * the prerendered page (src/prerender.tsx, with screenIdPrefix of scripts/first-screen-contract.mjs),
 * which holds the dashboard three times, once per language.
 */
export const ScreenIdPrefix = createContext('');

/**
 * Named ids for a component: `const id = useScreenIds()`, then `id="…"` becomes `id={id('panel')}`
 * and every reference to it (`aria-labelledby`, `href="#…"`) uses `id('panel')` too. A constant id
 * would be in the prerendered page three times, and a reference to it (a label, the skip link)
 * would find the first, hidden screen's element. The live app's ids stay the plain names, which
 * tests and other components look up. (useId needs no prefix of ours: React's identifierPrefix.)
 */
export function useScreenIds(): (name: string) => string {
  const prefix = useContext(ScreenIdPrefix);
  return (name) => prefix + name;
}
