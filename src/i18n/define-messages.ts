import type { Lang } from '../domain/dataset-schema';

/** The same keys with any strings: what the other languages must provide. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One area's UI strings in all three languages. Simplified Chinese is the source; tsc rejects a
 * Traditional or English block that misses a key or adds one.
 */
export function defineMessages<T extends Record<string, unknown>>(
  messages: { 'zh-Hans': T } & Record<Lang, NoInfer<Widen<T>>>,
): Record<Lang, Widen<T>> {
  return messages;
}
