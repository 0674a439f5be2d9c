import { VALIDATED_DATA_META, parseValidatedData } from '../../scripts/first-screen-contract.mjs';

/** The page's digests (none outside a browser, or in a page the build did not write). */
function pageDigests(): Readonly<Record<string, string>> {
  const meta =
    typeof document === 'undefined'
      ? null
      : document.querySelector<HTMLMetaElement>(`meta[name="${VALIDATED_DATA_META}"]`);
  return parseValidatedData(meta?.content ?? '');
}

/**
 * Whether `bytes` are exactly the file the build checked against its schema (prerender.mjs writes
 * each such file's SHA-256 into the page). Such a file needs no second parse here: on a phone at
 * 4× CPU the schemas cost 150 ms of long tasks after the first paint (issue 26). A file edited
 * since, a page without the digests (vite dev, tests) or a browser without Web Crypto (a page not
 * served over https or from localhost) answers false, and the file is checked in full.
 */
export async function validatedByBuild(
  file: string,
  bytes: ArrayBuffer,
  digests: Readonly<Record<string, string>> = pageDigests(),
): Promise<boolean> {
  const expected = digests[file];
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!expected || !subtle) return false;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...digest)) === expected;
}
