/**
 * The words of a tour's scenes in a link (see tour.ts): overview · sector.<id> · park.<id> ·
 * county.<code> · east · west · figures. Kept apart from tour.ts so that reading a link (on the first
 * screen) does not carry the tour itself.
 */

/** Seconds a scene stays on screen: the default, and the range a link may ask for. */
export const SCENE_SECONDS = { default: 12, min: 3, max: 600 } as const;

/** The ids a token may name (the dataset's); without it only the syntax is checked. */
export interface SceneVocabulary {
  sectors: ReadonlySet<string>;
  parks: ReadonlySet<string>;
  counties: ReadonlySet<string>;
}

const TOKEN_RE =
  /^(?:(overview|figures|east|west)|(sector|park)\.([a-z0-9][a-z0-9-]{0,47})|county\.(\d{6}))$/;

/** Whether `token` names a scene (of the dataset, when `vocab` is given). */
export function isSceneToken(token: string, vocab?: SceneVocabulary): boolean {
  const m = TOKEN_RE.exec(token);
  if (!m) return false;
  if (m[1] || !vocab) return true;
  if (m[2] === 'sector') return vocab.sectors.has(m[3] ?? '');
  if (m[2] === 'park') return vocab.parks.has(m[3] ?? '');
  return vocab.counties.has(m[4] ?? '');
}
