/**
 * The query params that name a view: every param of the URL codec but the version (`v`) and the
 * language (`lang`, which picks the prerendered screen itself). A link with any of them opens a view
 * the prerendered first screen (the default view) does not show, so first-screen.ts marks the page
 * as opening that view (docs/boot.md). A plain list, so the blocking script carries a few names,
 * not the codec; url-codec.ts checks at compile time that it names exactly the codec's params.
 */
export const VIEW_PARAMS = [
  'sectors',
  'links',
  'park',
  'county',
  'entity',
  'map',
  'hide',
  'tab',
  'compare',
  'order',
  'mode',
  'tour',
  'every',
  'scene',
  'qr',
] as const;

export type ViewParam = (typeof VIEW_PARAMS)[number];

/** Whether the query names any view (a value, not an empty `sectors=`) other than the language. */
export const namesAView = (search: string): boolean => {
  const query = new URLSearchParams(search);
  return VIEW_PARAMS.some((p) => query.get(p));
};
