/**
 * The words of a tour's scenes in a link (see tour.ts): overview · sector.<id> · park.<id> ·
 * county.<code> · east · west · figures, each optionally followed by `_` and a caption of the
 * presenter's own (`park.high-tech-zone_Our flagship`; tour-caption.ts writes and reads it). Kept
 * apart from tour.ts so that reading a link (on the first screen) does not carry the tour itself:
 * here only the syntax is checked, the caption is taken as it comes.
 */

/** Seconds a scene stays on screen: the default, and the range a link may ask for. */
export const SCENE_SECONDS = { default: 12, min: 3, max: 600 } as const;

/** The ids a token may name (the dataset's); without it only the syntax is checked. */
export interface SceneVocabulary {
  sectors: ReadonlySet<string>;
  parks: ReadonlySet<string>;
  counties: ReadonlySet<string>;
}

// `_` cannot occur in an id (nor is it ever escaped in a URL): what follows the first is the caption.
const TOKEN_RE =
  /^(?:(overview|figures|east|west)|(sector|park)\.([a-z0-9][a-z0-9-]{0,47})|county\.(\d{6}))(?:_.*)?$/s;

/** Whether `token` names a scene (of the dataset, when `vocab` is given), with or without a caption. */
export function isSceneToken(token: string, vocab?: SceneVocabulary): boolean {
  const m = TOKEN_RE.exec(token);
  if (!m) return false;
  if (m[1] || !vocab) return true;
  const known = m[2] === 'sector' ? vocab.sectors : m[2] === 'park' ? vocab.parks : vocab.counties;
  return known.has(m[3] ?? m[4] ?? '');
}
