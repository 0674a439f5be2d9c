/**
 * The same keys with any strings: what a translation must provide. A translation typed with it
 * (messages/zh-Hant/*.ts, messages/en/*.ts) fails tsc when it misses a key of the Simplified
 * source or adds one.
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
